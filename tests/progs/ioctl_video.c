/*
 * ioctl_video.c - V4L2 (VIDIOC_*) requests on a closed descriptor, for the
 * differential tests: each buffer type's format, buffers, streaming
 * parameters, controls (named, class+offset, unknown; lists of them, one cut
 * by the end of a page), tuners, cropping, frame sizes and intervals, with
 * pixel formats known and unknown; with -e inject=ioctl:retval=0 what the
 * get requests show of what the kernel writes (here: what was there).
 */
#include <linux/videodev2.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static long io(unsigned long req, const void *arg)
{
	return syscall(SYS_ioctl, -1, req, arg);
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	char *end = page + 4096;

	struct v4l2_fmtdesc fd = { .index = 3, .type = V4L2_BUF_TYPE_VIDEO_CAPTURE };
	io(VIDIOC_ENUM_FMT, &fd);

	static const unsigned types[] = {
		V4L2_BUF_TYPE_VIDEO_CAPTURE, V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE, V4L2_BUF_TYPE_VIDEO_OVERLAY,
		V4L2_BUF_TYPE_VBI_OUTPUT, V4L2_BUF_TYPE_SLICED_VBI_CAPTURE, V4L2_BUF_TYPE_SDR_OUTPUT,
		V4L2_BUF_TYPE_META_CAPTURE, 0x77,
	};
	struct v4l2_format f;
	struct v4l2_clip clips[2];
	memset(clips, 0, sizeof(clips));
	clips[0].c = (struct v4l2_rect){ -1, 2, 30, 40 };
	clips[1].c = (struct v4l2_rect){ 5, -6, 70, 80 };
	for (unsigned i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		memset(&f, 0, sizeof(f));
		f.type = types[i];
		switch (types[i]) {
		case V4L2_BUF_TYPE_VIDEO_CAPTURE:
			f.fmt.pix = (struct v4l2_pix_format){ .width = 640, .height = 480,
				.pixelformat = V4L2_PIX_FMT_YUYV, .field = V4L2_FIELD_INTERLACED,
				.bytesperline = 1280, .sizeimage = 614400, .colorspace = V4L2_COLORSPACE_SRGB };
			break;
		case V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE:
			f.fmt.pix_mp.width = 1920;
			f.fmt.pix_mp.pixelformat = v4l2_fourcc('\'', '\\', 0x7f, 'z');
			f.fmt.pix_mp.num_planes = 2;
			f.fmt.pix_mp.plane_fmt[1].sizeimage = 4096;
			break;
		case V4L2_BUF_TYPE_VIDEO_OVERLAY:
			f.fmt.win.w = (struct v4l2_rect){ 1, 2, 3, 4 };
			f.fmt.win.chromakey = 0xff00ff;
			f.fmt.win.clips = clips;
			f.fmt.win.clipcount = 2;
			f.fmt.win.global_alpha = 0x80;
			break;
		case V4L2_BUF_TYPE_VBI_OUTPUT:
			f.fmt.vbi.sampling_rate = 27000000;
			f.fmt.vbi.sample_format = V4L2_PIX_FMT_GREY;
			f.fmt.vbi.start[0] = -10;
			f.fmt.vbi.count[1] = 16;
			f.fmt.vbi.flags = V4L2_VBI_UNSYNC | 0x10;
			break;
		case V4L2_BUF_TYPE_SLICED_VBI_CAPTURE:
			f.fmt.sliced.service_set = V4L2_SLICED_CAPTION_525 | V4L2_SLICED_VPS;
			f.fmt.sliced.service_lines[1][3] = 0x1000;
			f.fmt.sliced.io_size = 100;
			break;
		case V4L2_BUF_TYPE_SDR_OUTPUT:
			f.fmt.sdr.pixelformat = V4L2_SDR_FMT_CU8;
			f.fmt.sdr.buffersize = 65536;
			break;
		case V4L2_BUF_TYPE_META_CAPTURE:
			f.fmt.meta.dataformat = v4l2_fourcc('x', 'y', 'z', 'w');
			break;
		}
		io(VIDIOC_S_FMT, &f);
		io(VIDIOC_TRY_FMT, &f);
		io(VIDIOC_G_FMT, &f);
	}
	io(VIDIOC_S_FMT, end - 8);

	struct v4l2_requestbuffers rb = { .count = 4, .type = V4L2_BUF_TYPE_VIDEO_CAPTURE, .memory = V4L2_MEMORY_MMAP };
	io(VIDIOC_REQBUFS, &rb);
	struct v4l2_buffer b = { .index = 2, .type = V4L2_BUF_TYPE_VIDEO_OUTPUT };
	io(VIDIOC_QUERYBUF, &b);
	io(VIDIOC_QBUF, &b);
	io(VIDIOC_DQBUF, &b);
	unsigned t = V4L2_BUF_TYPE_VIDEO_CAPTURE;
	io(VIDIOC_STREAMON, &t);
	t = 99;
	io(VIDIOC_STREAMOFF, &t);
	struct v4l2_framebuffer fb = { .capability = 0x10, .flags = 0x3, .base = page };
	io(VIDIOC_S_FBUF, &fb);

	struct v4l2_streamparm sp = { .type = V4L2_BUF_TYPE_VIDEO_CAPTURE };
	sp.parm.capture = (struct v4l2_captureparm){ .capability = V4L2_CAP_TIMEPERFRAME, .capturemode = 0,
		.timeperframe = { 1, 30 }, .readbuffers = 2 };
	io(VIDIOC_S_PARM, &sp);
	sp.type = V4L2_BUF_TYPE_VIDEO_OUTPUT;
	sp.parm.output.outputmode = V4L2_MODE_HIGHQUALITY;
	io(VIDIOC_S_PARM, &sp);
	io(VIDIOC_G_PARM, &sp);

	v4l2_std_id std = V4L2_STD_PAL;
	io(VIDIOC_S_STD, &std);
	struct v4l2_standard st = { .index = 1 };
	io(VIDIOC_ENUMSTD, &st);
	struct v4l2_input in = { .index = 0 };
	io(VIDIOC_ENUMINPUT, &in);
	unsigned inp = 2;
	io(VIDIOC_S_INPUT, &inp);

	/* controls: named, within a class, of no class */
	static const unsigned cids[] = { V4L2_CID_HUE, V4L2_CID_MPEG_VIDEO_BITRATE, V4L2_CTRL_CLASS_CAMERA | 0x77,
					 0x00b00001, V4L2_CTRL_CLASS_USER };
	for (unsigned i = 0; i < sizeof(cids) / sizeof(cids[0]); i++) {
		struct v4l2_control ct = { .id = cids[i], .value = -5 };
		io(VIDIOC_S_CTRL, &ct);
		io(VIDIOC_G_CTRL, &ct);
	}
	struct v4l2_queryctrl qc = { .id = V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CID_BRIGHTNESS,
		.type = V4L2_CTRL_TYPE_INTEGER, .name = "Brightness", .minimum = -5, .maximum = 100, .step = 1,
		.default_value = 7, .flags = V4L2_CTRL_FLAG_SLIDER | 0x8000 };
	io(VIDIOC_QUERYCTRL, &qc);
	struct v4l2_query_ext_ctrl qe = { .id = V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CTRL_FLAG_NEXT_COMPOUND,
		.type = V4L2_CTRL_TYPE_U8, .minimum = -1LL << 40, .step = 3, .elem_size = 1, .elems = 12,
		.nr_of_dims = 2, .dims = { 3, 4 } };
	io(VIDIOC_QUERY_EXT_CTRL, &qe);

	/* buffers as the kernel describes them (with -e inject=ioctl:retval=0) */
	struct v4l2_buffer vb = { .index = 1, .type = V4L2_BUF_TYPE_VIDEO_CAPTURE, .memory = V4L2_MEMORY_MMAP,
		.length = 4096, .bytesused = 100, .flags = V4L2_BUF_FLAG_MAPPED | V4L2_BUF_FLAG_TIMESTAMP_COPY | 0x10000000 };
	vb.m.offset = 0x2000;
	vb.timestamp.tv_sec = 5;
	io(VIDIOC_QUERYBUF, &vb);
	vb.memory = V4L2_MEMORY_USERPTR;
	vb.m.userptr = (unsigned long)page;
	vb.flags = 0x8000 | V4L2_BUF_FLAG_TSTAMP_SRC_SOE;
	io(VIDIOC_DQBUF, &vb);
	struct v4l2_capability cap = { .driver = "uvcvideo", .card = "cam", .bus_info = "usb-1", .version = 0x60100,
		.capabilities = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING | V4L2_CAP_DEVICE_CAPS,
		.device_caps = V4L2_CAP_VIDEO_CAPTURE | 0x8 };
	io(VIDIOC_QUERYCAP, &cap);
	io(VIDIOC_G_STD, &std);
	io(VIDIOC_G_INPUT, &inp);
	io(VIDIOC_G_FBUF, &fb);
	struct v4l2_frmsizeenum fs2 = { .type = V4L2_FRMSIZE_TYPE_DISCRETE, .discrete = { 640, 480 } };
	io(VIDIOC_ENUM_FRAMESIZES, &fs2);
	fs2.type = V4L2_FRMSIZE_TYPE_STEPWISE;
	io(VIDIOC_ENUM_FRAMESIZES, &fs2);
	struct v4l2_frmivalenum fi2 = { .type = V4L2_FRMIVAL_TYPE_DISCRETE, .discrete = { 1, 30 } };
	io(VIDIOC_ENUM_FRAMEINTERVALS, &fi2);
	fi2.type = V4L2_FRMIVAL_TYPE_CONTINUOUS;
	io(VIDIOC_ENUM_FRAMEINTERVALS, &fi2);

	/* control lists: empty, unreadable, two, three with the last one past the page */
	struct v4l2_ext_controls ec = { .ctrl_class = V4L2_CTRL_CLASS_USER, .count = 0 };
	io(VIDIOC_S_EXT_CTRLS, &ec);
	ec.count = 2;
	ec.controls = (void *)8;
	io(VIDIOC_TRY_EXT_CTRLS, &ec);
	struct v4l2_ext_control *xc = (void *)(end - 2 * sizeof(*xc));
	memset(xc, 0, 2 * sizeof(*xc));
	xc[0].id = V4L2_CID_GAIN;
	xc[0].value64 = -3;
	xc[1].id = V4L2_CID_AUDIO_VOLUME;
	xc[1].size = 4;
	xc[1].string = (char *)"abc";
	ec.ctrl_class = V4L2_CTRL_CLASS_CODEC;
	ec.controls = xc;
	io(VIDIOC_S_EXT_CTRLS, &ec);
	io(VIDIOC_G_EXT_CTRLS, &ec);
	ec.count = 3;
	io(VIDIOC_S_EXT_CTRLS, &ec);
	ec.ctrl_class = 0x00170000;
	io(VIDIOC_TRY_EXT_CTRLS, &ec);

	struct v4l2_tuner tu = { .index = 1, .name = "fm", .type = V4L2_TUNER_RADIO,
		.capability = V4L2_TUNER_CAP_LOW | V4L2_TUNER_CAP_STEREO, .rangelow = 1400000, .rangehigh = 1700000,
		.rxsubchans = V4L2_TUNER_SUB_STEREO, .audmode = V4L2_TUNER_MODE_STEREO, .signal = 100, .afc = -2 };
	io(VIDIOC_S_TUNER, &tu);
	io(VIDIOC_G_TUNER, &tu);

	struct v4l2_cropcap cc = { .type = V4L2_BUF_TYPE_VIDEO_CAPTURE };
	io(VIDIOC_CROPCAP, &cc);
	struct v4l2_crop cr = { .type = V4L2_BUF_TYPE_VIDEO_CAPTURE, .c = { -4, 8, 320, 240 } };
	io(VIDIOC_G_CROP, &cr);
	io(VIDIOC_S_CROP, &cr);

	struct v4l2_frmsizeenum fs = { .index = 1, .pixel_format = V4L2_PIX_FMT_MJPEG };
	io(VIDIOC_ENUM_FRAMESIZES, &fs);
	struct v4l2_frmivalenum fi = { .index = 0, .pixel_format = V4L2_PIX_FMT_H264, .width = 640, .height = 480 };
	io(VIDIOC_ENUM_FRAMEINTERVALS, &fi);
	struct v4l2_create_buffers cb = { .count = 3, .memory = V4L2_MEMORY_DMABUF };
	cb.format.type = V4L2_BUF_TYPE_SDR_CAPTURE;
	cb.format.fmt.sdr.pixelformat = V4L2_SDR_FMT_RU12LE;
	io(VIDIOC_CREATE_BUFS, &cb);
	return 0;
}
