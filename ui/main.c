/* main.c - the newsroom program: the command line with the reader plugged in. */
#include "cli.h"

int main(int argc, char **argv)
{
	Frontend fe = { .reader = NULL };
	return cli_main(argc, argv, &fe);
}
