/* party_tag.c - "D-N.Y.", "R-Ohio": the party and state after a US
 * lawmaker's name, which later sentences call "the New York Democrat". */
#include "party_tag.h"

#include <string.h>
#include <strings.h>

#include "mention.h"

/* Each state as AP style abbreviates it, its postal code and its name
 * (AP writes eight states whole: "Ohio", "Texas", ...). */
static const struct {
	const char *ap, *postal, *name;
} states[] = {
	{ "Ala.", "AL", "Alabama" }, { "Alaska", "AK", "Alaska" }, { "Ariz.", "AZ", "Arizona" },
	{ "Ark.", "AR", "Arkansas" }, { "Calif.", "CA", "California" }, { "Colo.", "CO", "Colorado" },
	{ "Conn.", "CT", "Connecticut" }, { "Del.", "DE", "Delaware" }, { "Fla.", "FL", "Florida" },
	{ "Ga.", "GA", "Georgia" }, { "Hawaii", "HI", "Hawaii" }, { "Idaho", "ID", "Idaho" },
	{ "Ill.", "IL", "Illinois" }, { "Ind.", "IN", "Indiana" }, { "Iowa", "IA", "Iowa" },
	{ "Kan.", "KS", "Kansas" }, { "Ky.", "KY", "Kentucky" }, { "La.", "LA", "Louisiana" },
	{ "Maine", "ME", "Maine" }, { "Md.", "MD", "Maryland" }, { "Mass.", "MA", "Massachusetts" },
	{ "Mich.", "MI", "Michigan" }, { "Minn.", "MN", "Minnesota" }, { "Miss.", "MS", "Mississippi" },
	{ "Mo.", "MO", "Missouri" }, { "Mont.", "MT", "Montana" }, { "Neb.", "NE", "Nebraska" },
	{ "Nev.", "NV", "Nevada" }, { "N.H.", "NH", "New Hampshire" }, { "N.J.", "NJ", "New Jersey" },
	{ "N.M.", "NM", "New Mexico" }, { "N.Y.", "NY", "New York" }, { "N.C.", "NC", "North Carolina" },
	{ "N.D.", "ND", "North Dakota" }, { "Ohio", "OH", "Ohio" }, { "Okla.", "OK", "Oklahoma" },
	{ "Ore.", "OR", "Oregon" }, { "Pa.", "PA", "Pennsylvania" }, { "R.I.", "RI", "Rhode Island" },
	{ "S.C.", "SC", "South Carolina" }, { "S.D.", "SD", "South Dakota" },
	{ "Tenn.", "TN", "Tennessee" }, { "Texas", "TX", "Texas" }, { "Utah", "UT", "Utah" },
	{ "Vt.", "VT", "Vermont" }, { "Va.", "VA", "Virginia" }, { "Wash.", "WA", "Washington" },
	{ "W.Va.", "WV", "West Virginia" }, { "Wis.", "WI", "Wisconsin" }, { "Wyo.", "WY", "Wyoming" },
	{ "D.C.", "DC", "District of Columbia" }, { "P.R.", "PR", "Puerto Rico" },
};
enum { NSTATES = sizeof states / sizeof *states };

/* The state S[0, N) writes, or -1. */
static int state_at(const char *s, size_t n)
{
	for (int i = 0; i < NSTATES; i++) {
		size_t an = strlen(states[i].ap);
		if ((an == n && !memcmp(s, states[i].ap, n)) ||
		    (n == 2 && !memcmp(s, states[i].postal, 2)))
			return i;
	}
	return -1;
}

/* The end of the state after "X-" in S[0, N): letters and dots up to a
 * comma, a closing parenthesis, a space or the end. */
static size_t state_end(const char *s, size_t n)
{
	size_t k = 2;
	while (k < n && k < 16 && s[k] != ',' && s[k] != ')' && s[k] != ' ')
		k++;
	return k;
}

size_t party_tag_len(const char *s, size_t n)
{
	if (n < 4 || !strchr("DRI", s[0]) || s[1] != '-')
		return 0;
	size_t k = state_end(s, n);
	/* (a sentence's full stop after a tag whose state has none: "R-Ohio.") */
	size_t sn = k - 2;
	if (state_at(s + 2, sn) < 0 && sn > 1 && s[k - 1] == '.' && state_at(s + 2, sn - 1) >= 0)
		return k - 1;
	return state_at(s + 2, sn) >= 0 ? k : 0;
}

bool party_tag_says(const char *s, size_t n, const char *w, size_t wn)
{
	size_t k = party_tag_len(s, n);
	if (!k)
		return false;
	static const struct {
		char letter;
		const char *words;
	} parties[] = {
		{ 'D', "Democrat Democratic" }, { 'R', "Republican GOP" }, { 'I', "independent" },
	};
	for (size_t i = 0; i < sizeof parties / sizeof *parties; i++)
		if (s[0] == parties[i].letter && words_hold(parties[i].words, w, wn))
			return true;
	int st = state_at(s + 2, k - 2);
	return st >= 0 && words_hold(states[st].name, w, wn);
}
