/* reported.c - reported speech without quotation marks (kind indirect). */
#include "quotes_impl.h"

bool find_indirect(const Ctx *c, Item **items, size_t *n)
{
	(void)c;
	(void)items;
	(void)n;
	return true;
}
