/* main.c - the newsroom program: the command line with the reader plugged in. */
#include "cli.h"
#include "reader.h"
#include "review_view.h"

int main(int argc, char **argv)
{
	Frontend fe = { .reader = reader_run, .review = review_run };
	return cli_main(argc, argv, &fe);
}
