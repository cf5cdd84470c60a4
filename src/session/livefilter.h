/*
 * livefilter.h - a background session's filter, changed while it runs
 * (`sctrace filter NAME EXPR`): the parts that can change live (-e trace=,
 * -e signal=, -e status=, -z/-Z, -P), kept as the text they were given in,
 * so the store and `sctrace status` can say what was filtered when.
 */
#ifndef SCTRACE_LIVEFILTER_H
#define SCTRACE_LIVEFILTER_H

#include <stdbool.h>
#include <stddef.h>

struct trace_config;

struct live_filter {
	char *trace;     /* -e trace=SET, or NULL: all */
	char *signal;    /* -e signal=SET, or NULL: all */
	char *status;    /* -e status=SET (-z, -Z spelt so), or NULL: all */
	char **paths;    /* -P PATH..., as given (the client adds resolved forms) */
	int npaths;
};

/*
 * Apply the options args[0..n-1] on top of f: each part given replaces
 * that part ("-e trace=%network" leaves status= alone), -P replaces the
 * path list, --reset first goes back to showing everything.  Every set is
 * checked by the same parsers as the command line.  False with one line in
 * err (f unchanged) on an option that does not parse or cannot change live.
 */
bool live_filter_parse(struct live_filter *f, char *const *args, int n, char *err, size_t errlen);
/* Set cfg's filtering (trace bitmap, signals, status, paths) from f; false with err if a set does not parse. */
bool live_filter_apply(const struct live_filter *f, struct trace_config *cfg, char *err, size_t errlen);
/* f as options, e.g. "-e trace=%network -P /tmp" ("" when everything is shown); malloc'd. */
char *live_filter_text(const struct live_filter *f);
/* f as the argument list live_filter_parse takes (for a control request); *n gets the count. */
char **live_filter_args(const struct live_filter *f, int *n);
void live_filter_free(struct live_filter *f);

#endif
