/*
 * config.c - `sctrace config [--no-config] [--preset NAME] [OPTIONS]`: the
 * configuration in effect, as a configuration file would say it: every key
 * with its value and where the value came from (builtin, FILE:LINE, the
 * command line), then every preset.  The files are read and checked as a
 * trace would read them (conffile.c), every preset too.
 */
#include "cli.h"
#include "conffile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void config_usage(void)
{
	fputs(
"Usage: sctrace config [--no-config] [--preset NAME]... [OPTIONS]\n"
"\n"
"Print the configuration a trace would run with: each key of the configuration\n"
"files with its value and where it came from (builtin, FILE:LINE, or the command\n"
"line: tracing OPTIONS given here count as one), then every preset.  The files\n"
"are /etc/sctrace/config, then $SCTRACE_CONFIG or else\n"
"$XDG_CONFIG_HOME/sctrace/config (~/.config/sctrace/config); docs/CONFIG.md.\n"
"The output is itself a valid configuration file.\n"
"\n"
"  --no-config  ignore both files\n"
"  --preset NAME  apply a preset, as a trace would\n", stdout);
	exit(0);
}

int cmd_config(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		config_usage();
	static struct options opt, check;
	/* every preset must parse: an error names its file and line */
	for (int i = 0; i < conf_npresets(); i++) {
		char *av[] = { argv[0], "--preset", (char *)conf_preset_name(i), NULL };
		options_parse(&check, MODE_CONFIG, 3, av);
		options_free(&check);
	}
	options_parse(&opt, MODE_CONFIG, argc, argv);
	options_show_config(stdout);
	return 0;
}
