/* party_tag.h - the party and state tags US news puts after a lawmaker's
 * name ("Sen. Chuck Schumer, D-N.Y.", "Rep. Jim Jordan (R-Ohio)").
 *
 * Pure functions of the bytes given; no allocation.
 */
#ifndef NEWSROOM_PARTY_TAG_H
#define NEWSROOM_PARTY_TAG_H

#include <stdbool.h>
#include <stddef.h>

/* The length of the tag S[0, N) opens with: a party letter (D, R or I),
 * a hyphen and a state written as AP style or the postal code writes it
 * ("D-N.Y.", "R-Ohio", "D-CA"), ending where N does or before a comma, a
 * closing parenthesis or a space.  0 when S opens with no such tag. */
size_t party_tag_len(const char *s, size_t n);

/* True when the tag S[0, N) (as party_tag_len() reads it) says the word
 * W[0, WN), case aside: its party's name ("Democrat", "Democratic",
 * "Republican", "independent") or a word of its state's name ("York" of
 * "D-N.Y.", "Ohio" of "R-Ohio"). */
bool party_tag_says(const char *s, size_t n, const char *w, size_t wn);

#endif
