"""Word tables for reading event content (data only): what counts as the same word.

Used to compare two reports of one event ("summit" ~ "meeting") and to find
who did what.  Adding a synonym is a table edit.
"""

from __future__ import annotations

# Surface form -> the canonical term two reports share.  British and American spellings,
# transliterations of names, and words news uses interchangeably for one kind of event.
CANONICAL = {
    "summit": "meeting", "meeting": "meeting", "meet": "meeting", "met": "meeting",
    "meets": "meeting", "talks": "meeting", "talk": "meeting", "call": "meeting",
    "conference": "meeting", "gathering": "meeting", "convene": "meeting", "convened": "meeting",
    "hosted": "host", "hosts": "host", "hosting": "host", "held": "hold", "holds": "hold",
    "holding": "hold",
    "defence": "defense", "defences": "defense", "defenses": "defense",
    "zelenskyy": "zelensky", "zelenskiy": "zelensky", "zelenski": "zelensky",
    "nato": "nato", "u.s.": "us", "usa": "us", "america": "us", "american": "us", "americans": "us",
    "washington": "us", "britain": "uk", "british": "uk", "u.k.": "uk", "london": "uk",
    "moscow": "russia", "russian": "russia", "russians": "russia", "kremlin": "russia",
    "kyiv": "ukraine", "kiev": "ukraine", "ukrainian": "ukraine", "ukrainians": "ukraine",
    "ceasefire": "ceasefire", "truce": "ceasefire", "cease-fire": "ceasefire",
    "chiefs": "chief", "militaries": "military", "leaders": "leader", "ministers": "minister",
    "virtual": "virtual", "video": "virtual", "online": "virtual", "telephone": "virtual",
    "agreed": "agree", "agreement": "agree", "agrees": "agree", "deal": "agree",
    "announced": "announce", "announcement": "announce", "announces": "announce",
    "unveiled": "unveil", "unveils": "unveil", "launched": "launch", "launches": "launch",
    "introduced": "introduce", "introduces": "introduce", "introducing": "introduce",
    "released": "release", "releases": "release",
    "proposed": "proposal", "proposes": "proposal", "propose": "proposal", "proposals": "proposal",
    "elections": "election", "elected": "election", "voted": "vote", "votes": "vote", "voting": "vote",
    "attacked": "attack", "attacks": "attack", "killed": "kill", "killing": "kill", "killings": "kill",
    "signed": "sign", "signing": "sign", "signs": "sign", "visited": "visit", "visits": "visit",
    "visiting": "visit", "invaded": "invasion", "invade": "invasion", "invades": "invasion",
    "resigned": "resign", "resignation": "resign", "resigns": "resign",
}  # fmt: skip

# Words too common in news to say which event a sentence reports.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves said says say saying
    told tell added adding according one two three four five six seven eight nine ten first second
    new also mr mrs ms sir dr per cent percent year years month months week weeks day days today
    yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december last next this morning
    evening night afternoon time ago earlier later since still even well may might must shall
    there's it's we're they're he's she's i'm don't doesn't didn't won't can't would've could've
    people way made make makes many much like get got go going gone come came told asked around
    another however though although whether against within without upon onto amid among per
    statement spokesman spokeswoman reporters reporter reuters afp ap news press""".split()
)

# Capitalized words that open a sentence or a quote without naming anyone, possessive or not
# ("Sunday's"): function words, numbers, month abbreviations and time zones, and the groups
# news opens sentences with ("Police said").  Each was seen as an "actor" in wire copy, where it
# gave unrelated reports the shared-actor bonus.
NOT_ACTOR = frozenset(
    """The A An In On At But And Or If As It He She They We I You This That These Those There
    Here When While After Before Since Until Speaking Asked Meanwhile However Although Even
    Yet So Now Then Also Both Some Many Most Other Others Sources Source Officials Diplomats
    Mr Mrs Ms Sir Dr President Prime Minister Secretary Chancellor General Defence Defense Foreign
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Late Early Earlier Later Last Next
    Following Responding Related Story Listen Loading Tap Analysis Source Separately Former
    Italian French German British Russian Ukrainian American Polish Dutch Danish Spanish
    Swedish Norwegian Australian Canadian European
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec GMT UTC BST EST EDT CET
    According During With Without Within Under Over From For By To Into Despite Amid Among
    Around Across Along Against Ahead Between Through Throughout Though Unless Whether Once
    Instead Indeed Still Only Just Such Nor Like Unlike Besides Thus Moreover Furthermore
    Nevertheless Nonetheless Overall Otherwise Perhaps Already Again Today Tomorrow Yesterday
    Tonight What Why How Who Which Where Each Every Any All No Not More Another Several
    One Two Three Four Five Six Seven Eight Nine Ten His Her Its Their Our My Your
    Is Are Was Were Has Have Had Would Could Should Must Might Let
    Police Analysts Experts Leaders Residents Witnesses Authorities Investigators Prosecutors
    Protesters Critics Supporters Share Shares Prices Exports Imports Sales About""".split()
)

# Title words that precede a name; kept out of actor names so "President Trump" ~ "Trump".
HONORIFIC = frozenset(
    """mr mrs ms sir dr president prime minister secretary chancellor general defence defense
    foreign secretary-general chief leader state the""".split()
)
