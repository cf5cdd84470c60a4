/*
 * conffile.h - configuration files and presets (docs/CONFIG.md): what they
 * say becomes command-line options before options.c parses them, each word
 * tagged with where it came from.
 */
#ifndef SCTRACE_CONFFILE_H
#define SCTRACE_CONFFILE_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

/* The expanded command line: argv with the defaults and presets in place. */
struct conf_argv {
	int argc;
	char **argv;
	const char **origin;   /* per word: "FILE:LINE", "preset NAME (builtin)", or NULL (command line) */
};

/*
 * The command line MODE (MODE_*) parses, with the configuration's defaults in
 * front when defaults applies to it, and each --preset NAME replaced by the
 * preset's options; --no-config drops both files.  shortopts and longopts are
 * the parser's (the scan must know which options take an argument).  Exits
 * with one "FILE:LINE: ..." error on a bad file, an unknown preset.
 */
void conf_expand(struct conf_argv *out, int argc, char **argv, bool defaults, bool stop_at_operand,
		 const char *shortopts, const struct option *longopts);

/*
 * `sctrace config`: print every key and preset as a configuration file
 * would say it, each with where its value came from; words is the command
 * line conf_expand() made (its own options count as "command line").
 */
void conf_print(FILE *f, const struct conf_argv *words, const char *shortopts, const struct option *longopts);

/* The presets known (builtin ones, and with files those they define), for validation. */
int conf_npresets(void);
const char *conf_preset_name(int i);

/* The option codes conffile.c handles itself (options.c's longopts has them). */
enum { OPT_CONF_PRESET = 1000, OPT_CONF_NO_CONFIG };

#endif
