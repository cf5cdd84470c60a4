/*
 * html.h - `sctrace report FILE --html OUT`: a recorded trace as one
 * self-contained HTML page (timeline, latency histograms, syscall mix,
 * process tree, files and network tables).  docs/HTML.md describes the page
 * and the JSON embedded in it.
 */
#ifndef SCTRACE_HTML_H
#define SCTRACE_HTML_H

#include <stdbool.h>

/*
 * Write the page for the store at store_path to out_path.  An existing
 * out_path is replaced only with force (never the store itself, never a
 * directory).  Errors print one "sctrace:" line and exit(1).
 */
void html_report_write(const char *store_path, const char *out_path, bool force);

#endif
