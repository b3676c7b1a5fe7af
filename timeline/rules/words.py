"""Word lists and normalization tables for English news (data only).

Each table maps a lower-cased surface form to its normalized value.  The
rule engine turns a table into a regex alternation (longest form first, so
"Sept." wins over "Sep") and uses the same table to normalize what a named
group matched.  Adding a word is a table edit.
"""

from __future__ import annotations

MONTH = {
    "january": 1, "jan.": 1, "jan": 1,
    "february": 2, "feb.": 2, "feb": 2,
    "march": 3, "mar.": 3, "mar": 3,
    "april": 4, "apr.": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun.": 6, "jun": 6,
    "july": 7, "jul.": 7, "jul": 7,
    "august": 8, "aug.": 8, "aug": 8,
    "september": 9, "sept.": 9, "sept": 9, "sep.": 9, "sep": 9,
    "october": 10, "oct.": 10, "oct": 10,
    "november": 11, "nov.": 11, "nov": 11,
    "december": 12, "dec.": 12, "dec": 12,
}  # fmt: skip

# Full month names only: a bare abbreviation ("Mar", "Jun") is too often something else.
MONTH_FULL = {k: v for k, v in MONTH.items() if len(k) > 4 or k in ("may", "june", "july")}

WEEKDAY = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip

# Abbreviations are accepted only inside full dates ("Sat 15 Mar 2025").
WEEKDAY_ABBR = {
    "mon": 1, "mon.": 1, "tue": 2, "tue.": 2, "tues": 2, "tues.": 2,
    "wed": 3, "wed.": 3, "thu": 4, "thu.": 4, "thur": 4, "thurs": 4, "thurs.": 4,
    "fri": 5, "fri.": 5, "sat": 6, "sat.": 6, "sun": 7, "sun.": 7,
}  # fmt: skip

NUMBER = {
    "a": 1, "an": 1, "one": 1, "a single": 1, "two": 2, "a couple of": 2, "couple of": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "a dozen": 12, "half a": 0.5, "half an": 0.5,
    "one and a half": 1.5,
}  # fmt: skip

# Words multiplying the number before them: "two thousand years".
NUMBER_MULTIPLE = {"hundred": 100, "thousand": 1000}

# Vague amounts: a duration of "several years" has no number (TIMEX3 "PXY").
VAGUE_NUMBER = {"several": None, "a few": None, "few": None, "many": None, "some": None, "recent": None}

ORDINAL = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

# Singular and plural forms of the units expressions count in.
UNIT = {
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day",
    "weekend": "weekend", "weekends": "weekend",
    "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year",
    "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
}  # fmt: skip

# Units a "this/next/last" shift can count in (no minutes: "last minute" is an idiom).
CALENDAR_UNIT = {k: v for k, v in UNIT.items() if v not in ("minute", "hour") and not k.endswith("s")}

PLURAL_UNIT = {k: v for k, v in UNIT.items() if k.endswith("s") and v not in ("minute", "hour")}

SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# A season before one of these names a kind of thing, not a time: "a winter storm warning", "this
# winter storm", "summer clothes", "winter wheat".
SEASONAL_KIND = (
    "storm", "storms", "weather", "tyres", "tires", "clothes", "clothing", "coat", "coats", "wheat",
    "barley", "crop", "crops", "gritting", "sports", "timetable", "timetables",
)  # fmt: skip

# Holidays on a fixed day of the year, as (month, day).  Holidays that move (Easter, Thanksgiving,
# Ramadan) or differ by country ("Independence Day") are left out.  Names, so capitalized in text.
# An apostrophe in a table read through word_alternation stands for either ("New Year’s Eve").
HOLIDAY = {
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "valentine's day": (2, 14), "st patrick's day": (3, 17), "st. patrick's day": (3, 17),
    "halloween": (10, 31), "all saints' day": (11, 1), "guy fawkes night": (11, 5),
    "bonfire night": (11, 5), "armistice day": (11, 11), "remembrance day": (11, 11),
    "veterans day": (11, 11), "bastille day": (7, 14), "epiphany": (1, 6),
    "orthodox christmas": (1, 7), "juneteenth": (6, 19), "hogmanay": (12, 31),
    "australia day": (1, 26), "canada day": (7, 1), "may day": (5, 1),
    "anzac day": (4, 25), "waitangi day": (2, 6), "earth day": (4, 22),
    "international women's day": (3, 8), "world aids day": (12, 1), "holocaust memorial day": (1, 27),
    "burns night": (1, 25), "st george's day": (4, 23), "st. george's day": (4, 23),
    "st andrew's day": (11, 30), "st. andrew's day": (11, 30), "st david's day": (3, 1),
    "st. david's day": (3, 1), "ve day": (5, 8), "v-e day": (5, 8), "st stephen's day": (12, 26),
    "st. stephen's day": (12, 26),
    "april fools' day": (4, 1), "april fool's day": (4, 1), "april fools day": (4, 1),
}  # fmt: skip

# Holidays whose day moves, by the model's Feast values (the resolver computes their dates).
FEAST = {
    "easter": "easter", "easter sunday": "easter", "easter day": "easter",
    "good friday": "good-friday", "easter monday": "easter-monday",
    "orthodox easter": "orthodox-easter", "orthodox easter sunday": "orthodox-easter",
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving",
    "shrove tuesday": "shrove-tuesday", "pancake day": "shrove-tuesday",
    "ash wednesday": "ash-wednesday", "mothering sunday": "mothering-sunday",
    "palm sunday": "palm-sunday", "maundy thursday": "maundy-thursday",
    "ascension day": "ascension", "pentecost": "pentecost", "whit sunday": "pentecost",
    "whitsun": "pentecost", "whit monday": "whit-monday",
    "martin luther king day": "martin-luther-king-day",
    "martin luther king jr. day": "martin-luther-king-day", "mlk day": "martin-luther-king-day",
    "father's day": "fathers-day", "fathers' day": "fathers-day", "fathers day": "fathers-day",
    "presidents day": "presidents-day", "presidents' day": "presidents-day",
    "memorial day": "memorial-day", "labor day": "labor-day", "victoria day": "victoria-day",
    "columbus day": "columbus-day", "remembrance sunday": "remembrance-sunday",
    "black friday": "black-friday", "cyber monday": "cyber-monday", "mardi gras": "shrove-tuesday",
}  # fmt: skip
# The United Kingdom's bank holidays that move, named after a month, a season or a holiday (read by
# their own rule, before those: "the August bank holiday" is no month).
BANK_HOLIDAY = {
    "may day bank holiday": "early-may-bank-holiday", "early may bank holiday": "early-may-bank-holiday",
    "spring bank holiday": "spring-bank-holiday", "late may bank holiday": "spring-bank-holiday",
    "summer bank holiday": "summer-bank-holiday",
    "august bank holiday": "summer-bank-holiday",
}  # fmt: skip

# The United States' days of state, named "… Day" and capitalized (rule civic_day), by their Feast.
CIVIC_DAY = {"Election": "election-day", "Inauguration": "inauguration-day"}

PART_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI", "lunchtime": "MI", "daytime": "DT",
    "arvo": "AF",  # Australian
}  # fmt: skip

# A quarter or a half-year named by the month that ends it ("the June quarter", "the December half").
QUARTER_BY_LAST_MONTH = {"march": 1, "june": 2, "september": 3, "december": 4}
HALF_BY_LAST_MONTH = {"june": 1, "december": 2}

# What of the reference an anniversary keeps in the year it reaches: "a year ago today", "fifty years
# ago this week", "on this day in 1986".
SAME_TIME_OF_YEAR = {
    "today": "day", "tonight": "day", "day": "day", "date": "day", "time": "day",
    "this week": "week", "week": "week", "this month": "month", "month": "month", "this year": "year",
}  # fmt: skip

# Which of a month's weekdays: "the first Thursday in May", "the last Monday of May".
NTH_OF_MONTH = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1, "final": -1,
}  # fmt: skip

# "Wednesday week", "Thursday fortnight", "the Thursday after next": which coming weekday (next = 1).
WEEKDAY_LATER = {"week": 2, "next": 2, "fortnight": 3}

# "A week today", "a fortnight tomorrow", "a week yesterday" (British), "a week from today": days
# from the reference.
WEEK_FROM_DAY = {
    "week today": 7, "week from today": 7, "week tomorrow": 8, "week from tomorrow": 8,
    "week yesterday": -8,
    "fortnight today": 14, "fortnight from today": 14, "fortnight tomorrow": 15,
    "fortnight from tomorrow": 15, "fortnight yesterday": -15,
}  # fmt: skip

# "This day week", "this day fortnight" (Irish and Scottish): days from the reference.
THIS_DAY_LATER = {"week": 7, "fortnight": 14}

# The hours (24-hour clock, first and last) a part of the day holds: "9.30 this morning" is 09:30,
# "7.30 this evening" 19:30; "1.27 this morning" is no time of the morning (a price, a rate).
PART_OF_DAY_HOURS = {
    "MO": (5, 11), "MI": (11, 14), "AF": (12, 18), "EV": (17, 23), "NI": (17, 23), "DT": (6, 18),
}  # fmt: skip

# A shift word before a unit or a weekday: its signed offset.
SHIFT = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1,
    "this": 0, "current": 0, "present": 0,
    "next": 1, "coming": 1, "this coming": 0, "following": 1,
}  # fmt: skip

# Shift words that count from the narrative (the last date the text gave), not the publication date.
NARRATIVE_SHIFT = {"previous", "preceding", "following", "that", "the same", "that same", "the next"}

# Possessive determiners: "his last year of office" is a part of his term, as "the last week of the
# campaign" is of the campaign.
POSSESSIVE = ("his", "her", "its", "their", "our", "my", "your")

# What an ordinal counts when it comes before it: "the 21st century", "the 8th session" are no day of
# the month.
COUNTED_BY_ORDINAL = (
    "century", "centuries", "millennium", "anniversary", "time", "times", "day", "days", "week",
    "month", "year", "minute", "hour", "birthday", "round", "floor", "place", "amendment",
    "consecutive", "straight", "successive", "largest", "biggest", "most", "highest", "lowest", "best",
    "worst", "person", "president", "edition", "season", "game", "match", "lap", "inning", "hole",
    "seed", "overall", "pick", "spot", "position", "term", "session", "meeting", "summit", "congress",
    "conference", "plenum", "plenary", "assembly", "parliament", "legislature", "annual", "stage",
    "leg", "grade", "district", "division", "army", "fleet", "regiment", "brigade", "battalion",
    "infantry", "street", "avenue", "storey", "generation", "dynasty", "victim", "attack", "case",
    "death", "win", "victory", "defeat", "title", "goal", "medal", "attempt", "party", "congressional",
    "tournament", "championship", "festival", "race", "half", "quarter",
)  # fmt: skip
# Nouns that open a compound as often ("On the 14th strike leaders met…"): they make the ordinal a
# count only where no "on", "until", "by" or "from" comes before ("it will be the 14th walkout").
COUNTED_BY_ORDINAL_UNLESS_ON = (
    "strike", "walkout", "protest", "rally", "hearing", "test", "innings", "episode", "series", "film",
    "album", "book", "wave", "package", "ballot", "vote", "lockdown", "tranche", "instalment",
    "installment", "sitting",
)  # fmt: skip

# Which part of a span a qualifier points at.
MODIFIER = {
    "early": "early", "early-": "early", "earlier": None, "later": None, "mid": "mid", "mid-": "mid",
    "middle of": "mid", "the middle of": "mid", "late": "late", "late-": "late",
    "the end of": "end", "end of": "end", "the close of": "end", "end-": "end",
    "the beginning of": "start", "the start of": "start", "beginning of": "start",
    "start of": "start", "the turn of": "start",
    # "the first week of March" is the start of March: TIMEX3 has no week of a month.
    "the first week of": "start", "the last week of": "end", "the final week of": "end",
}  # fmt: skip

# Words hedging a distance in time ("almost a decade ago"): about then, or before it.
HEDGE = {
    "about": "approx", "some": "approx", "nearly": "approx", "almost": "approx", "roughly": "approx",
    "around": "approx", "approximately": "approx", "over": "before", "more than": "before",
    "less than": "after",
}  # fmt: skip

# Words before an expression that bound an event rather than place it ("since Tuesday").
BOUNDING_PREPOSITION = {
    "since": "after", "after": "after", "from": "after",
    "until": "before", "till": "before", "by": "before", "before": "before",
    "prior to": "before", "ahead of": "before",
}  # fmt: skip

QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
           "final": 4, "last": 4}  # fmt: skip

HALF = {"first": 1, "second": 2, "1st": 1, "2nd": 2, "last": 2, "latter": 2}

DECADE_WORD = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
    "noughties": 10, "naughties": 10,  # British for the 2000s
}  # fmt: skip

# Words before a weekday or month name that make it something else ("the Sunday Times").
NAME_AFTER_WEEKDAY = (
    "Times", "Telegraph", "Express", "Mirror", "Mail", "Post", "Herald", "Independent", "People",
    "Sport", "Star", "World", "Business", "Observer", "Tribune", "Night Football", "Service",
    "School", "Best", "Review", "Magazine", "Morning Post", "Bloody", "Night Live", "Night Lights",
    "with Laura Kuenssberg", "roast", "roasts", "papers", "supplement", "supplements", "league",
    "driver", "drivers", "blues", "feeling", "trading laws", "trading hours",
)  # fmt: skip

# What a number before it counts: "1600 staff", "2000 people" are no years.
COUNTED_NOUN = (
    "people", "persons", "staff", "employees", "jobs", "troops", "soldiers", "police", "officers",
    "homes", "houses", "households", "students", "pupils", "patients", "residents", "passengers",
    "migrants", "refugees", "children", "families", "tonnes", "tons", "metres", "meters", "feet",
    "miles", "kilometres", "kilometers", "acres", "hectares", "vehicles", "delegates", "beds",
    "signatures", "protesters", "spectators", "participants", "runners", "civilians", "prisoners",
    "inmates",
    # What news counts in thousands: "reported 1987 new cases", "the Dow fell 1800 points".
    # Not nouns a year often names the kind of ("2002/2003 voters cards", "2006 workers").
    "cases", "infections", "deaths", "casualties", "victims", "points", "units", "cars", "containers",
    "barrels", "shares", "arrests", "doses", "copies", "rockets", "missiles", "drones",
)  # fmt: skip
# What follows "on a Wednesday" when it is any Wednesday, not one before a noun ("on a Thursday
# call", "on a Friday deadline"): "falls on a Friday this year", "born on a Tuesday in 1950".
# What follows a time word that stands alone, not one before the noun it qualifies: "will fall
# overnight in the north" (not "overnight losses"), "from 4pm until midnight on Friday" (not "until
# midnight Mass"), "planned for the 15th has been called off" (not "the 15th floor").
NOT_A_NOUN_AFTER_TIME_WORD = (
    "in", "on", "into", "at", "to", "from", "with", "and", "or", "but", "as", "after", "before",
    "while", "when", "across", "over", "through", "for", "until", "amid", "despite", "following",
    "near", "by", "of", "the", "a", "an", "his", "her", "its", "their", "this", "that", "there",
    "tonight", "tomorrow", "local", "has", "have", "had", "was", "were", "is", "are", "will", "would",
    *WEEKDAY,
)  # fmt: skip
NOT_A_NOUN_AFTER_ANY_WEEKDAY = (
    "for", "in", "this", "that", "last", "next", "every", "and", "or", "when", "at", "after",
    "before", "as", "while", "of", "but", "so", "with", "because", "to", "the", "he", "she", "they",
    "it", "we",
)  # fmt: skip
# Words between a count and what it counts: "1987 new cases".
COUNT_QUALIFIER = ("new", "more", "additional", "confirmed", "fresh", "extra", "further", "other")

# Broadcasters and papers whose programmes and titles read like dates ("USA Today", "CBS This Morning"),
# and those titles: after one of these names, after a possessive ("ABC's This Week", "Radio 4's Today
# programme") or before "show", "programme"... a title is no date.  Capitalized in text.
BROADCASTER = (
    "ABC", "BBC", "CBS", "NBC", "CNN", "VOA", "NPR", "PBS", "ITV", "MSNBC", "CNBC", "USA", "Russia",
)  # fmt: skip
PROGRAMME = ("This Week", "Today", "This Morning", "Tonight")
# Programmes named by a duration ("60 Minutes"), blocked as written, capitalized.
TITLED_DURATION = ("60 Minutes", "48 Hours", "20/20")

# A number after these words is a label, not a year ("Section 2025", "Boeing 747").
LABEL_BEFORE_NUMBER = (
    "section", "article", "resolution", "model", "flight", "route", "chapter", "no.", "number",
    "room", "page", "paragraph", "clause", "rule", "boeing", "airbus", "item", "vol.", "volume",
    "issue", "bill", "code", "form", "channel", "highway", "interstate", "suite", "apartment",
    "box", "gate", "platform", "pier", "terminal", "unit", "category", "level", "grade", "size",
    "version", "windows", "iphone", "ios", "galaxy", "project", "vision", "agenda",
    "patrol", "squad", "division", "regiment", "battalion", "brigade", "dow", "nasdaq",
    # Laws and lots are numbered by year and count: "Ordinance 2024-37", "Directive 2014/65".
    "ordinance", "executive order", "regulation", "directive", "decree", "lot",
    # Statutes cited by title and section: "42 U.S.C. 1983" (and "§ 1983": see the rule "year").
    "u.s.c.", "c.f.r.",
)  # fmt: skip

# Month names that are also ordinary words: bare, they count only after one of CUE_BEFORE_MONTH.
AMBIGUOUS_MONTH = ("may", "march", "mar", "jan", "sat", "sun", "dec", "june", "august", "april")
CUE_BEFORE_MONTH = (
    "in", "since", "until", "till", "by", "of", "early", "mid", "mid-", "late", "last", "next",
    "this", "from", "to", "through", "throughout", "during", "before", "after", "end", "beginning", "start",
    "and", "or", "between", "into", "on", "for", "each", "every", "that", "middle", "until", "later",
    "the",  # a month's figures: "the May jobs report", "the June CPI data" (see NOT_A_MONTH_AFTER)
    # The superlatives of weather records: "the sunniest May on record", "the driest March in England".
    "driest", "wettest", "sunniest", "dullest", "warmest", "hottest", "coldest", "coolest", "mildest",
    "snowiest", "windiest", "stormiest", "cloudiest",
)  # fmt: skip

# Phrases before a bare month that make it one, as CUE_BEFORE_MONTH's words do: "could take effect as
# early as March", "no later than May".
CUE_PHRASE_BEFORE_MONTH = (
    "as early as", "as soon as", "as late as", "no earlier than", "no later than", "not before",
)  # fmt: skip

# Words after "the May", "the March" that make it a name or a march, not a month: a name's nouns
# ("the May government" is Theresa May's) and what follows a noun ("the March for Our Lives").
NOT_A_MONTH_AFTER = (
    "government", "governments", "cabinet", "administration", "team", "deal", "era", "years",
    "premiership", "ministry", "doctrine", "camp", "allies", "loyalists", "organisers", "organizers",
    "marchers", "route", "plan",
    "for", "on", "of", "to", "against", "through", "from", "in", "at", "with", "and", "or", "is",
    "was", "has", "had", "said", "says",
)  # fmt: skip

# Prepositions that make a month after them a time of the verb ("will resume in January amid
# protests"), where a month before a noun would otherwise be the noun's period (tag.will_governs).
PREPOSITION_BEFORE_DATE = (
    "in", "on", "by", "until", "till", "through", "from", "since", "during", "before", "after", "for",
    "to", "into", "around", "throughout", "between", "and", "or", "of", "at",
)  # fmt: skip

# Nouns after "May-December" that make it an idiom of ages, not a range of months.
NOT_A_MONTH_RANGE_AFTER = (
    "romance", "romances", "relationship", "relationships", "marriage", "marriages", "couple",
    "couples", "affair", "affairs", "love", "wedding", "pairing",
)  # fmt: skip

# Nouns of an event a range of days may stand before: "the Fed's September 16-17 meeting".  Other
# nouns make the last number a count: "On March 10-12 journalists were arrested".
EVENT_AFTER_DAY_RANGE = (
    "meeting", "meetings", "summit", "conference", "talks", "session", "sessions", "visit", "trip",
    "tour", "strike", "strikes", "walkout", "festival", "event", "hearing", "hearings", "vote",
    "election", "elections", "poll", "games", "tournament", "championship", "auction", "sale",
    "congress", "convention", "forum", "retreat", "plenum", "gathering",
)  # fmt: skip

# Nouns of events that have a date, a relative "that" after which tells of the event: "a hearing on
# Monday that will decide", "disruption at the weekend that will see lines closed".
EVENT_NOUN = (
    *EVENT_AFTER_DAY_RANGE, "final", "match", "game", "concert", "rally", "vigil", "trial", "ruling",
    "flight", "flights", "referendum", "ceasefire", "tribunal", "debate", "service", "funeral",
    "race", "derby", "protest", "march", "inquiry", "deadline", "closure", "closures", "disruption",
    "ballot", "launch", "opening", "ceremony",
)  # fmt: skip

# Verbs of telling: "that" after them and a date opens what is told ("tell the conference on Monday
# that the deal was a success"), not a relative clause of the event.  Those in the past give the day
# a "would" after them counts from ("the union said on Monday that talks would resume on Wednesday").
TELLING_VERB_PAST = (
    "said", "told", "announced", "warned", "insisted", "confirmed", "claimed", "revealed", "admitted",
    "informed", "indicated", "signalled", "signaled", "argued", "stressed", "noted", "conceded",
    "reported",
)  # fmt: skip
TELLING_VERB = (
    *TELLING_VERB_PAST, "says", "say", "tell", "tells", "announce", "announces", "warn", "warns",
    "confirm",
)  # fmt: skip

# Words that open a phrase rather than a clause, set at the head of a sentence before the clause it
# dates ("On Wednesday, the minister said …"): prepositions and the adverbs of a fronted time.  Not
# "by", "before", "until": "By Friday, the company said it hopes to finish" dates the finish.
FRONTED_PHRASE_OPENER = ("on", "in", "at", "during", "over", "after", "earlier", "later", "late", "early")

# "yesterday", "the day after tomorrow": a shift in days from the publication date.
DEICTIC_DAY = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "last": -1, "tonight": 0, "this": 0,
    "before yesterday": -2, "after tomorrow": 2,
}  # fmt: skip

# "the week before last", "the month after next": a shift of two units.
TWO_AWAY = {"before last": -2, "after next": 2}

# "three days ago" / "two days later": (what the count is from, which way it goes).
COUNTED_SHIFT = {
    "ago": ("publication", -1), "from now": ("publication", 1), "hence": ("publication", 1),
    "earlier": ("narrative", -1), "before": ("narrative", -1), "previously": ("narrative", -1),
    "later": ("narrative", 1), "after": ("narrative", 1),
    "time": ("publication", 1),  # "in two weeks' time"
    "in": ("publication", 1),  # "will reopen in two weeks" (only where the clause looks ahead)
}  # fmt: skip

# Before "in" and a stretch, what makes the stretch the one something is measured in, not a date to
# come: "the first rate cut in five years", "its biggest rise in a decade", "twice in a week", "the
# third in two weeks", "levels not seen in 30 years"; and any superlative after "the" or a
# possessive ("the toughest in a decade", "its second-highest level"), any ordinal ("its 14th rise
# in 18 months"), and any count or amount ("four matches in 11 days", "£1,700 on energy in a year").
MEASURED_IN_BEFORE = (
    "first", "last", "only", "once", "twice", "times", "time", "ever", "record", "most", "least",
    "seen", "unseen", "witnessed",
    "highest", "lowest", "biggest", "largest", "smallest", "strongest", "weakest", "best", "worst",
    "greatest", "fastest", "slowest", "sharpest", "steepest", "deepest", "longest", "shortest",
    "hottest", "coldest", "warmest", "wettest", "driest", "busiest", "heaviest", "worst-ever",
    *ORDINAL,  # "the third in two weeks"
)  # fmt: skip

# "the day before", "the morning after": one day back or ahead of the date the text told last.
NARRATIVE_STEP = {"before": -1, "after": 1}

# A counted shift in weeks lands on a day ("two weeks ago" is a date, not an ISO week).
COUNTED_UNIT_IN_DAYS = {"week": 7, "fortnight": 14}
# ... and one in decades on a year ("a decade ago" is a year, not the previous decade).
COUNTED_UNIT_IN_YEARS = {"decade": 10, "century": 100}
# "A year and a half ago" counts in the next finer unit: eighteen months.
HALF_COUNTED_IN = {
    "year": ("month", 12), "decade": ("year", 10), "century": ("year", 100), "hour": ("minute", 60),
}  # fmt: skip

# Vague stretches: "in the coming weeks" points ahead, "recent years" back.
VAGUE_DIRECTION = {
    "the coming": "future", "the next few": "future", "coming": "future", "future": "future",
    "ahead": "future", "to come": "future",
    "recent": "past", "the past few": "past", "the last few": "past", "the past": "past", "past": "past",
}  # fmt: skip

# The hours clock words name.  Bare "midnight" is the one that began the day ("the ceasefire took
# effect at midnight"); after a day's name it is the one that ends that day, as news style has it
# ("the offer expires at midnight Friday" is the end of Friday, T24:00).
CLOCK_WORD = {"noon": 12, "midday": 12, "midnight": 0}
# Clock times in words: "half past six", "a quarter to eight", "ten o'clock".
CLOCK_HOUR_WORD = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
CLOCK_MINUTES_WORD = {
    "half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20,
    "twenty-five": 25, "twenty five": 25,
}  # fmt: skip
# What a part of the day after a clock time says of its hour: "two in the morning" is a.m., "10 at
# night" p.m. but "twelve at night" midnight.
CLOCK_HALF_OF_DAY = {
    "in the morning": "am", "in the afternoon": "pm", "in the evening": "pm", "at night": "night",
}  # fmt: skip
CLOCK_WORD_OF_DAY = {**CLOCK_WORD, "midnight": 24}

# Words a preposition-led expression may start with but that are not part of its extent.
EXTENT_PREFIX = ("in", "at", "over", "during", "on", "since", "by", "until", "of", "through", "throughout")

# Tense and modality cues: the nearest one in the clause around a bare weekday or month decides
# whether it lies in the past or the future.  Phrases, matched case-insensitively on word boundaries.
# What may come, from before a date: "the deal could be signed as soon as Friday", "the vote may
# take place on Sunday". After it, the modal is often of another verb, of which the date tells a
# part ("a dumping incident in August could cost millions", "shops were thronged on Monday by people
# buying whatever they could"), and counts for nothing.
MODAL_OF_POSSIBILITY = ("may", "might", "could")
# The words after a modal of possibility that make it tell of the past: "the fighting may have
# started on Monday", "police could not confirm on Monday" ("could" is also the past of "can").
# One adverb may come between (ADVERB_BEFORE_VERB: "could well have sunk"); NOT_PAST_AFTER_MODAL
# may not follow ("the council may have to close the library on Saturday").  Capitalized, "May" is
# the month.
MODAL_OF_THE_PAST = {
    "may": ("have",),
    "might": ("have",),
    "could": ("have", "not", "only", "hardly", "barely", "never"),
}
# Not past: "have to" is an obligation, "not rule out" a possibility ahead.
NOT_PAST_AFTER_MODAL = ("to", "rule out")
# The adverbs that may stand between a modal, "be" or "the" and the verb ("will also put", "could
# well have sunk", "the still unspecified date"), besides any word in "-ly".
ADVERB_BEFORE_VERB = (
    "also", "then", "not", "now", "soon", "again", "first", "still", "well", "even", "already",
    "never", "indeed", "just", "perhaps", "only",
)  # fmt: skip
# After "could", perception tells as much of the past as of what is to come ("rescuers could hear
# voices on Tuesday", "residents could hear more about the plans on Tuesday"): no cue.
PERCEPTION_AFTER_COULD = ("hear", "see", "smell", "feel", "be seen", "be heard", "be felt", "be spotted")
SUBJECT_PRONOUN = ("i", "you", "he", "she", "it", "we", "they", "one")
# A modal whose verb is left out ("shoppers bought whatever they could on Monday", "as fast as he
# could") is of the verb before it: no cue.  So after these words and a pronoun, and before a
# preposition or a mark; and "might" after these is the noun ("its military might on Friday").
ELIDED_MODAL_OPENER = (
    "what", "whatever", "everything", "anything", "all", "best", "fast", "much", "little", "far",
    "hard", "soon", "long",
)  # fmt: skip
MIGHT_AS_NOUN_AFTER = (
    *POSSESSIVE, "the", "all", "full", "military", "economic", "naval", "financial", "own",
)  # fmt: skip

# Future cues of the present that look ahead only right before their date (see CUE_BEFORE_DATE_ONLY):
# a stretch that runs on ("the conference runs from Monday to Wednesday", "the summit ends on
# Friday"; not "ends on a high"), the court's calendar ("the court sits on Monday"; not "the FTSE
# sits just below Tuesday's record"), waiting for what is to come ("traders await Friday's jobs
# report"; not "families await answers over Saturday's crash"), a closing ("the exhibition closes on
# Saturday"; not "Wall Street closes higher on Tuesday"), and a date set or told in the present
# ("sentencing is on Friday", "a trial date has been set for 14 September"; not "the focus is on
# cutting costs").
FUTURE_CUE_BEFORE_DATE = (
    "runs from", "runs until", "runs till", "runs through", "ends on", "ends in", "sits on",
    "sits again on", "await", "awaits", "awaiting", "closes on", "is on", "are on", "is set for",
    "are set for", "has been set for", "have been set for",
    # A court's listing: "a pre-trial hearing has been listed for Friday".
    "is listed for", "are listed for", "has been listed for", "have been listed for",
    # A time set in the present: "kick-off is at 7.45pm on Tuesday".
    "is at", "are at",
    # The calendar's present: "Valentine's Day falls on Saturday", only after a holiday, a feast or
    # a word of the calendar (CALENDAR_SUBJECT); not "Gold falls on Friday", a market report.
    "falls on",
    # A launch's target and its window: "SpaceX is targeting Friday", "the launch is targeted for
    # Friday", "no earlier than Saturday"; a poll's day once called: "setting elections for October
    # 27"; and a deadline's hour: "voting closes at midnight Sunday", "applications close at 5pm on
    # Friday" (not "Wall Street closes higher on Tuesday": the date must come right after).
    "targeting", "targets", "targeted for", "no earlier than", "not earlier than", "elections for",
    "election for", "polls for", "closes", "close at", "ends",
)  # fmt: skip
# Notices of a time to come, whose verb of issuing tells of the notice, not of the time: "the Met
# Office issued a yellow warning for snow from Tuesday evening", "police imposed a curfew from 10pm".
# After such a verb the weekdays they cover are not read by its tense but as the days just ahead
# (Direction.SOON) or the nearest (tag._notice_period); a notice with no such verb before it keeps
# the tense ("the curfew from Friday was lifted").  The verbs in the present tell of a notice only
# now issued ("IMD issues yellow alert for Bengaluru from Saturday").
NOTICE_VERB_PRESENT = (
    "issues", "issue", "imposes", "impose", "declares", "announces", "orders", "upgrades", "extends",
    "raises", "sounds", "introduces",
)  # fmt: skip
NOTICE_VERB = (
    *NOTICE_VERB_PRESENT, "issued", "imposed", "declared", "announced", "ordered", "introduced",
    "extended", "confirmed", "upgraded", "raised", "sounded", "brought in", "put in place",
)  # fmt: skip
NOTICE_NOUN = (
    "warning", "warnings", "alert", "alerts", "watch", "watches", "curfew", "curfews", "lockdown",
    "closure", "closures", "ban", "bans",
)  # fmt: skip
# Those of NOTICE_NOUN that forecast: what they cover is mostly still to come when they are issued
# (a weather warning days ahead), where a curfew or a closure told in the simple past may have begun
# days before ("police imposed a curfew from Sunday night", told on a Tuesday).
FORECAST_NOTICE = ("warning", "warnings", "alert", "alerts", "watch", "watches")
# Right before a notice's verb, what makes it one just issued, whatever the notice (the present
# perfect): "has announced the closure of the A39 from Saturday".
NOTICE_JUST_ISSUED = ("has", "have")
# What ends the words telling what a notice is for and where, as a new clause opens: "issued a
# warning to motorists after 12 crashes from Friday night" tells of the crashes' days.
NOTICE_SUBJECT_BREAK = ("after", "following", "when", "since", "because", "amid", "as", "which", "who")
# What opens the time a notice covers: "a warning for snow from Friday evening", "a curfew between
# 10pm and 5am", "a yellow warning for Saturday night".
NOTICE_OPENER = ("from", "between", "for")
# A notice in the passive ("a yellow warning has been issued from Thursday evening"): these
# auxiliaries make it just issued (SOON, whatever the notice); after "was" or "were" it is as in the
# simple past ("a curfew was imposed from Sunday night"), and "had" looks back (NOTICE_LOOKED_BACK).
NOTICE_AUXILIARY_JUST_ISSUED = ("has", "have", "is", "are")
NOTICE_AUXILIARY = (*NOTICE_AUXILIARY_JUST_ISSUED, "had", "was", "were")
# Before a notice's verb in its sentence, what makes it one looked back on: its days are then the
# nearest ("last week the Met Office issued a yellow warning for snow from Friday evening", "since
# the warning from Friday was issued", "had issued").
NOTICE_LOOKED_BACK = (
    "since", "after", "when", "once", "although", "though", "because", "yesterday", "last week",
    "last night", "earlier", "ago", "had", "previously",
)  # fmt: skip
# What falls on a day in the calendar's present ("the anniversary falls on Sunday"), besides the last
# words of the holidays and feasts ("Day", "Eve", "Christmas", "Easter"…).
CALENDAR_SUBJECT = (
    "anniversary", "holiday", "birthday", "festival", "deadline", "date", "vote",
    "election", "referendum", "poll", "eid", "diwali", "hanukkah", "passover", "ramadan", "it",
)  # fmt: skip
# … and those whose "of" phrase may come between them and "falls on": "the 50th anniversary of the
# Dublin and Monaghan bombings falls on Friday" (not "the vote of no confidence", "the election of").
CALENDAR_SUBJECT_OF = ("anniversary", "birthday", "centenary", "bicentenary", "jubilee", "feast", "festival")

# The present of a vote to come, a noun far more often ("all votes in after Sunday's elections", "a
# budget vote in May", "officials counted votes on Sunday"): a verb only with its subject right
# before it, a name or a pronoun, or for "vote" a plural, and a word of direction or a date after it
# ("Poland votes on Sunday", "lawmakers vote on the bill on Tuesday"); a determiner before it or a
# past verb in its sentence makes it the noun ("after the Commons vote on Tuesday", "Postal votes on
# Sunday favoured the opposition").  See tag._vote_is_noun.
VOTE_VERB = ("votes", "vote")

# The present of the calendar's set pieces, which looks ahead (FUTURE_CUE) and tells a state after
# an event (PRESENT_FIXTURE_CUE): the jury's, the courts' and a journey ("the jury retires on
# Tuesday", "the former minister appears in court on Monday", "the president flies to Paris on
# Monday", "the Lions fly to Perth on Monday", "EU leaders gather in Brussels on Thursday"), and
# what is unveiled or addressed ("the chancellor unveils her spending plans on Wednesday", "Trump
# addresses a joint session of Congress on Tuesday").
CALENDAR_FIXTURE = (
    "retires", "appears in court", "appear in court", "appears before", "appear before", "flies to",
    "fly to", "gathers in", "gather in", "unveils", "addresses",
)  # fmt: skip

# A release or an opening in the present, with its day right after (CUE_BEFORE_DATE_ONLY): "the
# film is out on Friday", "the hall is open on Friday"; not "he is out on bail after his arrest on
# Thursday".
OUT_ON_DAY = ("is out on", "are out on", "is open on", "are open on")
# A closure told in the present, with its day right after, is a notice of the day ahead: "US markets
# are shut on Monday for Labor Day", "offices are closed Monday"; not "the shops were closed on Monday".
CLOSED_ON_DAY = (
    "is closed on", "are closed on", "is shut on", "are shut on", "is closed", "are closed", "is shut",
    "are shut",
)  # fmt: skip
# An opening in the plural present, with its day or hour right after: "applications open on
# Monday", "doors open at 6pm on Saturday"; not the adjective after a copula or a verb that keeps
# or throws something open ("the shops were open on Sunday", "the museum stays open on Monday",
# "the door was flung open on Friday"), nor golf's "the Open on Sunday" (OPEN_ADJECTIVE_AFTER).
OPENING_PLURAL = ("open on", "open at")

FUTURE_CUE = (
    "will", "won't", "shall", "is set to", "are set to", "set to", "is expected to",
    "are expected to", "expected to", "expects to", "is expected", "are expected",
    "is due to", "are due to", "plans to", "plan to",
    "planning to", "plans a", "is preparing to", "are preparing to", "preparing to", "prepares to",
    "is to", "are to", "going to", "scheduled", "would then", "would", "aims to", "intends to",
    "hopes to", "upcoming", "to be held", "likely to", "forthcoming", "tomorrow",
    "is poised to",
    # In news the present tense of a scheduled event points ahead: "the offer expires Nov. 21".
    "expire", "expires", "payable", "effective", "due", "begins", "starts", "opens",
    "takes effect", "take effect", "until", "through",
    # … and so does the present tense of the calendar's fixtures: "Scholz faces elections on Sunday".
    "faces", "meets", "hosts", "visits", "travels", "heads to", "arrives", "convenes", "resumes",
    "goes to the polls", "go to the polls", "kicks off", "meet", "goes on sale",
    "go on sale", "goes live", "go live", "head to the polls", "gets under way", "get under way",
    "gets underway", "get underway", "is released", "are released", "is published", "are published",
    "publishes", *OUT_ON_DAY, *OPENING_PLURAL, *CLOSED_ON_DAY, "lands on", "land on", "delivers",
    "hits cinemas", "hits theaters", "hits theatres", "hits screens", "hits shelves", "hits stores",
    "entertain", "entertains", "takes on", "play host to", "plays host to", "face", "takes place",
    "competes", "compete",
    # … in the plural too ("England play Wales on Saturday", "closing speeches begin on Tuesday"),
    # which is no cue after a modal, "to" or "did" (FIXTURE_PLURAL: "did not play on Saturday"),
    # nor before "to" ("cracks begin to appear"); "play", "take on" and "travel to" only before a
    # name (FIXTURE_BEFORE_NAME: not "officials play down", "play out a draw").  Not "host", a
    # title as often ("talk show host Jimmy Kimmel on Monday mocked…").
    "play", "take on", "travel to", "begin", "resume", "return", *VOTE_VERB,
    *CALENDAR_FIXTURE, *FUTURE_CUE_BEFORE_DATE,
    # Threats are of what is to come: "Gazprom is threatening to cut off supplies on Monday".
    "threatens to", "is threatening to", "are threatening to",
    # Only with the day after them: "the trial continues on Tuesday", "schools reopen on Monday";
    # not "disruption continues after Monday's storm", "asked a judge on Friday to reopen".
    "continues on", "reopen on", "reopens on", "walk out on", "walks out on",
    # Forecasts: "the river is forecast to peak on Thursday", "snow is forecast for Wednesday".
    "forecast to", "predicted to", "projected to", "forecast for", "predicted for",
    # Rules and deadlines: "new rules apply from Monday", "the polls close at midnight on Sunday".
    # Not "closes" nor bare "apply": "Wall Street closes higher on Tuesday" is a market report, and
    # "the rules that apply to Monday's vote" no plan.
    "apply from", "applies from", "with effect from", "comes into force", "come into force",
    "comes into effect", "come into effect", "kicks in", "kick in", "polls close", "polls open",
)  # fmt: skip

# The infinitives of scheduling look ahead from before a date ("both sides agreed to resume talks on
# Wednesday"); after it they tell the purpose of another verb, whose tense counts first ("Hu arrived
# in Busan on Thursday to attend the summit"), and look ahead only where nothing else tells ("EU
# leaders gather in Brussels on Thursday to attend a summit").
FUTURE_INFINITIVE_CUE = (
    "to meet", "to hold", "to visit", "to host", "to attend", "to convene", "to resume",
    "to reconvene", "to restart", "to kick off", "to return", "to appear", "to go ahead",
    "to take place",
    # The same holds for "ahead of": "campaigning ended ahead of Sunday's vote" looks ahead, but
    # "Zelensky arrived in Jeddah on Monday ahead of talks" tells of talks after the Monday.
    "ahead of",
)  # fmt: skip
# What tells that an infinitive of scheduling was tried, managed or found hard at the time of its
# verb, told in the past, rather than planned for later: "he was unable to attend on Tuesday",
# "problems made it difficult for Sun to meet demand well into the summer". Only past forms: "are
# trying to host the match on Saturday", "should be able to attend on Saturday" look ahead. An
# adverb may come inside a phrase ("made it extremely difficult"), and at most three words between
# it and "to" (see tag._attempted_infinitive).
ATTEMPT_BEFORE_INFINITIVE = (
    "tried", "attempted", "failed", "managed", "was unable", "were unable", "was able", "were able",
    "made it difficult", "made it hard", "made it impossible",
    "found it difficult", "found it hard", "found it impossible",
    # … or began, was let, made or told to, or refused (the infinitive's time is its verb's): "families
    # began to return on Sunday", "residents were allowed to return on Sunday", "he declined to
    # appear on Wednesday's programme", "the ceremony was supposed to go ahead on Sunday"; and the
    # first, only or biggest to do it, or a decision to, did it at the time told ("the first hostage
    # to return on Monday"), whatever the tense of the sentence says.
    "began", "started", "continued", "refused", "declined", "chose", "supposed", "meant",
    # Let, made or told to, in the passive: "heavy snow has forced organisers to hold the race on
    # Sunday instead" is still a plan.
    "was allowed", "were allowed", "was forced", "were forced", "was ordered", "were ordered",
    "had been ordered", "was asked", "were asked", "had been asked",
    "first", "only", "largest", "biggest", "decision",
)  # fmt: skip

# Future cues of fixtures told in the plural of the present ("Juventus, who entertain Cagliari on
# Sunday") that are no cue after "to" or a modal, where they have another sense ("declined to
# entertain the application").
FIXTURE_PLURAL = (
    "entertain", "face", "compete", "play", "take on", "begin", "resume", "meet", "travel to", "return",
    "fly to", "gather in", "appear in court", "appear before",
    *VOTE_VERB, *OPENING_PLURAL,
)  # fmt: skip
# Prepositions after which a fixture's verb that is also a noun (FUTURE_CUE_ALSO_NOUN) is the noun:
# "police fired shots in return on Tuesday", "the ball in play on Saturday".
PREPOSITION_BEFORE_NOUN = ("in", "on", "upon")
# Plural fixtures whose "to" is of a place, not an infinitive ("MPs return to Westminster on Monday";
# but "cracks begin to appear").  They are nouns as often ("Saka's long-awaited return on Saturday",
# "a 3% return", "return flights") or bare infinitives ("watched three hostages return on
# Saturday"): a verb only before a word of direction or a date (DIRECTION_AFTER_RETURN), not within
# a few words after a verb that takes a bare infinitive (BARE_INFINITIVE_AFTER), nor after a
# determiner, a possessive or a figure close before, unless "and" or a pronoun comes right before
# ("sent home for the weekend and return on Monday").  See tag._return_is_noun.
FIXTURE_TO_PLACE = ("return",)
DIRECTION_AFTER_RETURN = (
    "to", "from", "home", "on", "next", "this", "after", "in", "at", "by", "before", "early", "late",
    "later", "tomorrow",
)  # fmt: skip
BARE_INFINITIVE_AFTER = (
    "let", "lets", "see", "sees", "saw", "seen", "watch", "watches", "watched", "help", "helps",
    "helped", "make", "makes", "made", "hear", "hears", "heard",
)  # fmt: skip
# Plural fixtures that look ahead only before a name: "England play Wales", "the Chiefs play the
# Raiders"; not "officials play down fears", "the Lions play out a draw".
FIXTURE_BEFORE_NAME = ("play", "take on", "travel to")

# What follows a participle rather than an adjective: "Signed on Tuesday, the agreement…", "Sent
# off on Saturday, the striker…" (see tag._attributive_opener).
PREPOSITION_OR_PARTICLE = (
    "on", "in", "at", "by", "over", "during", "after", "before", "off", "up", "out", "to", "from",
    "with", "for", "since", "last", "this", "early", "late", "earlier", "yesterday", "as", "into",
    "under", "down", "away", "back", "and", "or", "but", "again", "here", "there", "today",
)  # fmt: skip

# What follows a compound "-ed" verb ("North Korea test-fired a missile", "the regulator
# green-lighted the project on Wednesday"); before anything else such a compound is an adjective
# ("third-placed Fiorentina", "Russian-backed rebels").  See also PREPOSITION_OR_PARTICLE.
DETERMINER = ("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those")
# Prefixes that make a compound "-ed" word a verb wherever it stands ("unanimously re-elected
# Bashir", "co-founded", "e-mailed schools").
VERB_PREFIX = (
    "re", "co", "pre", "un", "de", "mis", "out", "over", "under", "cross", "double", "fast", "sub",
    "counter", "inter", "e",
)  # fmt: skip

# Future cues that are nouns after a determiner: "levelled for the hosts", "the visits on Friday".
FUTURE_CUE_ALSO_NOUN = (
    "hosts", "visits", "meets", "meet", "faces", "travels", "resumes", "starts", "opens", "premieres",
    "premières", "returns", "plays", "airs", "holds", "face", "play", "host", "return", "addresses",
)  # fmt: skip

# The present tense of a fixture, which looks ahead, but tells a state after an event: a date in an
# "after" or "following" phrase after it is the event's ("Leicester face a fine after fielding an
# ineligible player on Saturday", "the party holds 120 seats after Sunday's election").
PRESENT_FIXTURE_CUE = (
    "faces", "face", "meets", "meet", "hosts", "visits", "travels", "holds", "plays", "returns",
    "takes on", "entertains", "entertain", "resumes", "arrives", "play", "take on", "begin", "resume",
    "travel to", *CALENDAR_FIXTURE,
)  # fmt: skip
EVENT_BEFORE = ("after", "following")

# The start of a stretch, only right before its date (CUE_BEFORE_DATE_ONLY): it looks ahead only where
# nothing else in the sentence tells ("launches an initiative beginning Tuesday", "tickets go on sale
# online starting Saturday"), as news tells past stretches so too ("Beginning on Monday, doctors
# staged a five-day walkout", "the talks, beginning Tuesday, ended on Thursday").
START_OF_STRETCH_CUE = (
    "starting", "beginning", "starting on", "beginning on",
    # … and of forecast weather: "temperatures of up to 34C are forecast from Thursday" (but "snow
    # forecast from Tuesday failed to materialise", "a forecast from the Fed on Wednesday").
    "forecast from", "predicted from",
)  # fmt: skip

# Future cues only before a date: "the offer runs through Friday", but "tornadoes tore through
# Kentucky on Friday" is no plan; "a three-day session beginning Thursday" is ahead, but "since the
# beginning of the talks" tells nothing.
CUE_BEFORE_DATE_ONLY = (
    "through", "thru", "planned for", *START_OF_STRETCH_CUE, *FUTURE_CUE_BEFORE_DATE, *OUT_ON_DAY,
    *OPENING_PLURAL, *CLOSED_ON_DAY,
)  # fmt: skip
# … and of these, the copulas are no cue before a day's possessive, which names what the day brought:
# "all eyes are on Sunday's election result", "the focus is on Monday's rout".
CUE_NOT_BEFORE_POSSESSIVE = ("is on", "are on", "is at", "are at")
# The prepositions that end a cue of the date right after it ("runs until", "is set for", "until"):
# after another expression, such a cue tells of its own date first (see tag._nearest).
CUE_PREPOSITION_OF_OWN_DATE = (
    "until", "till", "through", "thru", "on", "for", "from", "in", "by", "to", "at",
)  # fmt: skip

# Weaker future cues: they win in a clause with no other cue, but an explicit one in the sentence
# wins over them ("investors are bracing for Wednesday's decision", but "residents were bracing
# for the storm on Friday").
WEAK_FUTURE_CUE = (
    "bracing for", "brace for", "braces for", "preparing for", "prepare for", "prepares for",
    "gearing up for",
    # Obligations and the approach to an event: "must respond by Friday", "in the run-up to Sunday's
    # election"; but "told his squad Friday they must trust him", "during the run-up to spring
    # elections, Prodi promised" are past.
    "must", "run-up to", "build-up to",
    # A plan's date, right before it: "a strike is planned for the 15th"; but a plan told in the past
    # is often over: "the strike planned for Tuesday was called off late on Monday".
    "planned for",
    # "Next" before a noun is of the noun: "the next hearing is on Tuesday", but "the company named
    # its next chief executive on Monday" is past.
    "next",
    # Fixtures whose verb is also a common noun ("tax returns", "election returns on Tuesday
    # night"): "the show returns on Saturday".  Not "launches": "its missile launches on Tuesday".
    "premieres", "premières", "airs", "returns", "plays",
    # … and the calendar's fixtures whose verb is a noun too: "the company reports earnings on
    # Thursday", "the party holds its conference on Sunday" ("votes" is VOTE_VERB's).
    "holds", "reports earnings", "reports results", "reports full-year", "reports half-year",
    "reports annual", "reports quarterly", "reports interim", "reports first-quarter",
    "reports second-quarter", "reports third-quarter", "reports fourth-quarter",
)  # fmt: skip

# A plan overtaken by events lies in the past, with its date: "the offer had been due to expire
# Friday" (but was extended).  A phrase hides the cues inside it, here the future cue "expire".
_OVERTAKEN_PLAN = tuple(
    f"{plan} to {verb}"
    for plan in ("had been due", "had been scheduled", "had been set", "had been expected",
                 "had been supposed", "was supposed", "were supposed", "had been planned", "had planned",
                 "had agreed", "had decided")
    for verb in ("expire", "end", "close", "begin", "start", "open", "meet", "take effect", "be held",
                 "arrive", "leave", "vote", "hold", "visit", "sign", "finish", "resume", "reconvene",
                 "restart", "sail", "depart", "fly", "land", "play", "take place", "go ahead", "launch")
)  # fmt: skip

# A sentence's first word, capitalized, may be a cue or open a name: before another capitalized
# word a verb opens one ("Met Office forecasters expect…", "Said Jalili will…"), unless that word is
# a day, a month or one of these, which a verb opening a sentence or a headline is followed by
# ("Announced Tuesday, the plan…", "Said It Would…").
NO_NAME_AFTER_CUE = (
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "we", "they",
    "his", "her", "their", "our", "there", "here", "in", "on", "at", "by", "for", "to", "from",
    "with", "last", "next", "earlier", "today", "yesterday", "tomorrow", "tonight", "and",
    "but", "or", "not", "no", "all", "some", "more", "up", "down", "out", "off", "over",
)  # fmt: skip
# … but a cue that is no verb opens none: "Since Brexit, …", "Until Easter, …".
CUE_OPENS_NO_NAME = (
    "last", "since", "yesterday", "earlier", "already", "ago", "tomorrow", "until", "through", "next",
    "upcoming", "forthcoming", "due", "effective", "payable",
)  # fmt: skip

PAST_CUE = (
    *_OVERTAKEN_PLAN,
    "said", "was", "were", "had", "did", "has been", "have been", "agreed", "held", "met", "told",
    "announced", "added", "insisted", "confirmed", "warned", "reported", "took", "ago", "earlier",
    "already", "published", "hosted", "rejected", "signed", "visited", "spoke", "called", "urged",
    # "Could not" is read with the modals of possibility (MODAL_OF_THE_PAST), as one word here.
    "couldn't",
    "began", "ended", "killed", "died", "launched", "came", "went", "gave", "made", "won", "lost",
    "wrote", "yesterday", "last", "since", "fell", "rose", "saw", "left", "sent", "ran", "struck",
    "became", "got", "put", "brought", "sought", "thought", "felt", "kept", "set out", "suggested",
    # Verbs of reported results and actions, past tense beyond doubt once not after "be".
    "showed", "issued", "posted", "earned", "filed", "closed", "opened", "traded", "increased",
    "declined", "dropped", "jumped", "climbed", "gained", "slipped", "plunged", "surged",
    "completed", "acquired", "received", "approved", "voted", "named", "elected", "resigned",
    "arrested", "released", "attacked", "fired", "returned", "arrived",
    # Irregular past tenses: no "-ed" to give them away.
    "bought", "sold", "paid", "led", "shot", "fought", "caught", "built", "spent", "found", "heard",
    "stood", "chose", "drove", "broke", "grew", "knew", "threw", "flew", "drew", "withdrew", "fled",
    "shook", "swore", "tore", "forgot", "froze", "stole", "overtook", "understood", "sank",
    "taught", "wore", "rode", "hid", "slid", "sprang", "swept", "wept", "dealt",
    "lent", "meant", "underwent", "arose", "awoke",
    # … and those spelled as the present and the infinitive: past where no modal or "to" comes
    # before them (PAST_CUE_ALSO_INFINITIVE) and no noun they compound with (NOUN_BEFORE_CUE_NOUN:
    # "a rate cut in December", "a box-office hit").
    "hit", "cut", "shut", "quit", "beat", "split", "spread", "burst", "hurt",
    # A phrase hides the cues inside it: "the stadium played host to the final on Sunday".
    "played host to",
    # A stretch that ran its course: "the outage lasted until early Tuesday" (not the cue "until").
    "lasted until", "lasted through", "lasted into", "continued until", "continued through",
    "ran until", "ran through", "remained until", "stayed until", "sat until", "sat through",
    "sat late",
)  # fmt: skip

# Past verbs of a stretch that ran its course: "until" or "through" later in their clause tells how
# long it lasted, not what is to come ("negotiators stayed at the table until 4am on Sunday").  Not
# the verbs that move a date ("adjourned the case until Thursday", "extended the ban until May"),
# nor "held" and "kept", which do both ("held the suspect until Friday", "kept schools shut until
# Monday" said of the coming Monday), nor the present ("the exhibition runs until Sunday").
DURATIVE_PAST = (
    "sat", "stayed", "remained", "lasted", "continued", "ran", "waited", "worked", "talked", "queued",
    "slept", "sheltered", "camped", "raged", "burned", "lingered", "persisted", "went on",
    "dragged on", "carried on",
)  # fmt: skip

# Words ending in "-ed" that are not past-tense verbs (the engine treats other "-ed" words as past).
NOT_PAST_ED = (
    "need", "needed", "indeed", "united", "hundred", "red", "bed", "feed", "seed", "speed", "proceed",
    "exceed", "succeed", "embed", "shed", "deed", "greed", "breed", "weed", "creed", "steed",
    "based", "limited", "unprecedented", "expected", "scheduled", "planned", "proposed", "alleged",
    "armed", "advanced", "detailed", "talented", "concerned", "interested", "supposed",
)  # fmt: skip

# Words after which an "-ed" word is an adjective or a passive, not a past tense: "will be held",
# "the reduced dividend", "will remain closed".  Not a preposition: after one a participle most often
# tells of a past event ("after reported clashes on Friday", "in leaked remarks on Thursday"), and a
# stranded one comes before a past verb ("the bridge the village depends on collapsed on Friday").
NOT_A_VERB_AFTER = (
    "be", "being", "is", "are", "the", "a", "an", "its", "their", "his", "her", "remain", "remains",
    "stay", "stays",
)  # fmt: skip
# … and the words after which "open on" is the adjective (see OPENING_PLURAL): right before it ("the
# Open on Sunday", "stays open", "wide open", "prised it open") or a few words before ("kept its
# options open on Monday", "left the door open on Friday to talks").
OPEN_ADJECTIVE_AFTER = (
    *NOT_A_VERB_AFTER, "it", "them", "him", "me", "us", "wide", "still", "fully", "not", "partly",
    "partially", "back",
)  # fmt: skip
OPEN_KEPT_BY = (
    "was", "were", "been", "stayed", "remained", "kept", "keep", "keeps", "keeping", "left", "leave",
    "leaves", "leaving", "held", "hold", "holds", "holding", "threw", "thrown", "throw", "throws",
    "flung", "forced", "force", "burst", "broke", "broken", "ripped", "blown", "blew", "prised", "pried",
    "pushed", "pulled", "swung", "cracked", "torn", "tore", "slit", "cut", "sliced", "propped", "wedged",
)  # fmt: skip

# Past cues that are also the bare infinitive ("put", "set out"), and the words after which they are
# the infinitive: in "the union will put the offer to members on Friday" or "agreed to set out its
# plans" no past tense is told.
PAST_CUE_ALSO_INFINITIVE = (
    "put", "set out", "last", "hit", "cut", "shut", "quit", "beat", "split", "spread", "burst", "hurt",
)  # fmt: skip
# Nouns (or a compound's last part) before which those past cues are nouns too: "the Fed's
# quarter-point rate cut in December", "a box-office hit on Friday" (after "a" or "the" they are
# nouns already, see NOT_A_VERB_AFTER).
NOUN_BEFORE_CUE_NOUN = (
    "rate", "rates", "tax", "price", "job", "budget", "spending", "pay", "wage", "interest",
    "production", "output", "supply", "power", "aid", "funding", "point", "office", "smash", "box",
    "surprise", "big", "direct", "major", "deep", "sharp", "further", "another",
)  # fmt: skip
BEFORE_INFINITIVE = (
    "will", "would", "shall", "should", "could", "can", "may", "might", "must", "to", "won't",
    "wouldn't", "cannot", "can't", "couldn't", "shouldn't",
    # "Did not play on Saturday", "does not meet until Monday": the infinitive after "do".
    "did", "didn't", "didn’t", "does", "doesn't", "doesn’t", "do", "don't", "don’t",
)  # fmt: skip

# Verbs that attribute what a sentence tells ("…, the Commission said."): the tense of the telling,
# not of what is told.
REPORTING_VERB = ("said", "says", "told", "added", "reported", "wrote")

# Relative pronouns: a clause they open has a tense of its own.
RELATIVE_PRONOUN = ("which", "who", "whom", "whose")
# Words that open a clause of its own after a date ("said Tuesday that he plans", "reports over
# the weekend that Jiang would offer…", "toned down his remarks Tuesday, saying Washington would
# stick to…"): its verb tells of what is said, not of the date.  Not the relative pronouns: "the
# event starting on Thursday whose winners qualify" tells of the event.
EMBEDDED_CLAUSE_OPENER = (
    "that", "saying", "adding", "warning", "insisting", "stressing", "noting", "arguing",
    "claiming", "explaining", "announcing",
)  # fmt: skip

# What is told may follow a verb of telling and its date with no "that": a subject pronoun
# (SUBJECT_PRONOUN) and one of these ("told reporters on Friday he would travel to Kyiv", "said on
# Monday they will appeal") open a clause of its own.
FINITE_AUXILIARY = (
    "will", "would", "shall", "should", "could", "can", "may", "might", "must", "won't", "wouldn't",
    "was", "were", "is", "are", "had", "has", "have", "did", "does", "do",
)  # fmt: skip

# The scanner looks for expressions only around trigger words: every expression contains one
# (a month, a weekday, a digit, a unit, a deictic word...).  Word tables above are triggers too.
TRIGGER = (
    "yesterday", "today", "tomorrow", "tonight", "overnight", "now", "currently", "nowadays",
    "recently", "lately", "previously", "formerly", "soon", "shortly", "future", "past", "present",
    "moment", "noon", "midnight", "midday", "daily", "weekly", "monthly", "annually", "yearly",
    "quarterly", "hourly", "nightly", "fiscal", "fy", "ay", "q1", "q2", "q3", "q4", "h1", "h2", "course",
    "later", "sooner", "nineteen", "thousand", "morning", "afternoon", "evening", "night", "period",
    "century", "centuries", "current", "term", "christmas", "xmas", "halloween", "epiphany",
    "easter", "thanksgiving", "pentecost", "whitsun", "juneteenth", "hogmanay", "gras", "half",
    "midweek", "mid-week",
)  # fmt: skip

# What makes an expression the first part of an adjective of a kind, no date: "Black Friday-style
# discounts", "a Christmas-like glow", "1970s-esque".
KIND_SUFFIX = ("style", "like", "type", "esque")
# … and the top-level domains that make it a company's or a site's name: "Monday.com", "Friday.ai".
DOMAIN_SUFFIX = ("com", "net", "org", "io", "ai", "co", "co.uk")

# Words an expression may start with before its trigger ("the end of the month", "late on
# Friday", "some three years"), and the first words of blockers ("the Mail on Sunday").
LEAD = (
    "the", "a", "an", "this", "that", "last", "next", "past", "coming", "previous", "preceding",
    "following", "early", "late", "mid", "end", "beginning", "start", "middle", "close", "turn",
    "about", "some", "nearly", "almost", "just", "only", "more", "than", "least", "at", "over",
    "during", "on", "in", "of", "every", "each", "several", "few", "many", "recent", "earlier",
    "later", "since", "until", "by", "from", "current", "final", "first", "second", "third",
    "fourth", "1st", "2nd", "3rd", "4th", "half", "today's", "same", "and", "right", "these",
    "due", "sooner", "year-ago", "year", "or", "mail", "independent", "observer", "bloody",
    "black", "man", "girl", "may", "super", "blue", "new", "latest", "comparable", "corresponding",
    "full", "then", "near", *POSSESSIVE,
    "couple", "dozen", "hundred", "single", "other", "small", "wee", "o'clock",
    "less", "fewer", "around", "roughly", "approximately", "exactly", "short", "additional", "through",
    "further", "extra", "consecutive", "straight", "successive", "trading", "working", "business",
    "throughout", "financial", "rest", "remainder", "time",
    "before", "after",  # "just before 11pm" (the hedges of CLOCK_HEDGE in english.py)
    *NUMBER, *VAGUE_NUMBER, *ORDINAL, *MODIFIER,
    *{word for label in LABEL_BEFORE_NUMBER for word in label.split()},  # "Executive Order 2020-21"
    *(name.lower() for name in BROADCASTER),  # "USA Today", "CBS This Morning"
    # "two-and-a-half years" starts before its trigger, in a token of its own.
    *(f"{number}-and-a-half" for number in NUMBER if " " not in number),
    # The words of a holiday's name before its trigger ("New" of "New Year's Day").
    *{word for name in (*HOLIDAY, *FEAST) for word in name.split()[:-1]},
    *(name.lower() for name in CIVIC_DAY),  # "Election Day": a rule of its own, capitalized only
)  # fmt: skip

# Words between the two days of a range ("from March 10 to 14", "Thursday through Saturday"), and
# the words that open one: after "on March 10", "to 14" is a count ("the toll rose on March 10 to 14").
RANGE_WORD = ("to", "until", "till", "through", "thru")
# … and between two named days or months, not numbers: "from Sunday night into Monday".
RANGE_WORD_OF_NAMES = (*RANGE_WORD, "into")
RANGE_OPENER = ("from", "between")
# The future cues that hold a month to the future however far it is (see Symbol.firm): "the talks
# will resume in January", said in March; so do plans in the present ("negotiators are expected to
# reconvene in December", said in January).  Not a past verb, whose object is often a thing to come
# ("called a snap election for June", "said the new rules apply in January"), nor "would", "until",
# or "due" and "scheduled" alone, often told of what was to come and then did ("was due in May").
FIRM_FUTURE_CUE = (
    "will", "shall", "won't", "won’t", "is expected to", "are expected to", "is due to", "are due to",
    "is scheduled to", "are scheduled to", "is set to", "are set to", "plans to", "plan to",
    "aims to", "aim to", "hopes to", "hope to", "intends to", "intend to",
)  # fmt: skip
# A past-tense verb holds a month to the past however far it is when the month follows it through
# "in": "Hamas won the elections in January" and "he was arrested in January", said in November, are
# the January gone.  "Since" holds whatever comes before it ("prices have risen since January").
# Not the verbs of a schedule, whose object is a thing to come ("pencilled in talks in January",
# "markets priced in a cut in December").
SCHEDULE_VERB = (
    "scheduled", "slated", "set", "planned", "targeted", "tipped", "earmarked", "budgeted", "booked",
    "pencilled", "penciled", "expected", "hoped", "wanted",
)  # fmt: skip
# … and those that are so with "in" right after them: "markets priced in a cut in December", but "the
# company priced its shares in February".
SCHEDULE_VERB_BEFORE_IN = ("priced", "factored", "baked", "locked", "phased", "ushered")
# Nor, unless "in" comes right after them, the verbs whose object is often a thing to come
# ("announced a summit in January", "predicted a rebound in January"; but "announced in January
# that…"), nor those that report what follows them ("said in January" is when it was said; "said
# the vote in January" is not).
PLAN_VERB = (
    "announced", "called", "predicted", "forecast", "projected", "proposed", "promised", "pledged",
    "vowed", "urged", "demanded", "sought", "agreed", "decided", "warned", "threatened", "invited",
    "asked", "ordered", "offered", "signalled", "signaled", "flagged", "approved", "recommended",
    "suggested", "advised", "requested", "unveiled", "outlined", "backed", "endorsed", "considered",
    "discussed", "debated", "prepared", "readied",
)  # fmt: skip
REPORTED_BY = (
    *REPORTING_VERB,
    "stated", "noted", "claimed", "argued", "explained", "insisted", "confirmed", "indicated",
    "estimated", "believed", "thought", "knew", "felt", "feared", "admitted", "denied", "acknowledged",
    "announced",
)  # fmt: skip
# Past cues that are no verb of the month ("a year ago in January", "already in March") and past
# auxiliaries, which mostly lead to a participle of their own.
PAST_TIME_WORD = ("ago", "earlier", "already", "yesterday", "last")
PAST_CUE_NOT_GOVERNING = (
    *PAST_TIME_WORD, "was", "were", "had", "did", "has been", "have been", "couldn't",
)  # fmt: skip
# Words between a past verb and "in" that make the month another thing's: an infinitive's ("agreed to
# hold elections in January"; "to" before a determiner, a number or a name is a preposition: "changed
# to a calendar year in December"), a condition's, another clause's ("was elected in November and
# takes office in January"), a plan's ("the planned launch in May"), a contract's or a wager's to
# come ("crude for delivery in January", "raised bets on a rate cut in December"), a new date's
# ("adjourned the trial to a date in January", "moved to a Sunday in January") or a fixture's.
NOT_FIRM_PAST_BETWEEN = (
    "if", "whether", "unless", "for", "until", "before", "next", "coming", "upcoming", "pending",
    "awaiting", "ahead", "planned", "scheduled", "expected", "proposed", "possible", "due",
    "delivery", "deliveries", "contract", "contracts", "futures", "later", "that", "which", "who",
    "and", "but", "while", "whereas",
    "bet", "bets", "odds", "chance", "chances", "risk", "risks", "hope", "hopes", "fears",
    "expectations", "prospect", "prospects", "likelihood", "probability", "forecast", "outlook",
    "round", "deadline", "date", "dates", "tickets", "completion", "settlement", "fixture",
    "fixtures", "trip", "tie", "draw",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
# Before a verb, what makes it tell of what may come ("would resign if the bill failed in January").
CONDITION_BEFORE_VERB = ("if", "unless", "once", "provided", "whether", "lest")
# What opens an aside between a fronted month and its clause's verb ("In January, after talks
# collapsed last week, the union will strike"): the aside's verb is not the month's.
ASIDE_OPENER = (
    "as", "after", "when", "once", "that", "which", "who", "while", "since", "because", "before",
    "although", "though", "if", "unless",
)  # fmt: skip
# Words between the cue and the month that make the month another thing's (its object's, an
# infinitive's, a condition's): "will contest the October result", "will return to the stadium in
# May", "will have risen by January", "will decide whether to strike in June".
NOT_FIRM_BETWEEN = (
    "to", "have", "has", "had", "if", "whether", "unless", "the", "of", "for", "from", "since", "after",
)  # fmt: skip

# How a live blog's entries that report nothing begin ("09:30 / Good morning", "12:15 / Recap"): a
# time stamp over one of these is no event.
LIVE_BLOG_FURNITURE = (
    "good morning", "good afternoon", "good evening", "welcome to", "welcome back", "recap", "catch up",
    "catching up", "what we know", "here's what we know", "here is what we know", "that's all",
    "that is all", "we're pausing", "we are pausing", "we'll be back", "still going", "still no sign",
    "if you're just joining", "if you are just joining", "our live coverage", "this live blog",
    "key events", "stay with us", "more to follow", "more soon",
)  # fmt: skip

# What puts an event before its date rather than on it: "could walk out before Christmas", "in the
# run-up to Christmas" (mod BEFORE); "must respond by Friday", "cut emissions by 2030" (a deadline, mod
# ON_OR_BEFORE; not before a possessive: "hit by Friday's storm" is the storm's day).
EVENT_BEFORE_SIGNAL = (
    "before", "ahead of", "prior to", "in the run-up to", "in the lead-up to", "in the build-up to",
)  # fmt: skip
EVENT_DEADLINE_SIGNAL = ("by", "no later than", "not later than")

# Verbs that move a date: in "the vote was moved from March 10 to March 14" the two days are the old
# date and the new one, not the first and last days of one event.
RESCHEDULE_CUE = (
    "moved", "moves", "move", "postponed", "postpones", "postpone", "delayed", "delays", "delay",
    "rescheduled", "reschedules", "reschedule", "pushed", "pushes", "brought forward",
    "bringing forward", "shifted", "shifts", "changed", "changes", "put off", "puts off", "deferred",
    "defers", "advanced", "extended", "extends", "extend", "adjourned", "adjourns", "adjourn",
    "switched", "switches", "switch",
)  # fmt: skip

# Nouns of figures, which a period's months come before once it is over, whatever the tense ("will
# release July-September GDP figures"): not "profit" or "sales", which are forecast too.
RESULTS_NOUN = ("results", "figures", "data", "numbers", "statistics", "stats")

# The words after a change of date (RESCHEDULE_CUE and its object) that bring the old date or the
# new one: "postponed the census from March to October".  Not "on" or "in", which tell when the
# change was made ("was postponed on Monday").
MOVED_DATE_PREPOSITION = ("to", "until", "till", "for", "from", "into", "back to", "forward to")
# Changes of date whose verb moves nothing else: their date is moved however they are told, and a
# possessive day right after them is the day moved ("postponed Saturday's parade").  Not "delayed":
# "rain delayed Sunday's Grand Prix by two hours".
MOVING_VERB = (
    "postponed", "postpones", "postpone", "rescheduled", "reschedules", "reschedule", "deferred",
    "defers", "defer", "put off", "puts off", "brought forward", "bringing forward", "bring forward",
    "adjourned", "adjourns", "adjourn", "pushed back", "pushes back", "push back",
)  # fmt: skip
# Verbs of a change of date that puts it later: a weekday put off from another comes after it
# ("pushed back from Tuesday to Friday"; with "back" after any verb of RESCHEDULE_CUE).
POSTPONING_VERB = (
    "postponed", "postpones", "postpone", "delayed", "delays", "delay", "put off", "puts off",
    "deferred", "defers", "defer",
)  # fmt: skip
# Large counts, which make a stretch after them the one something is measured in ("will handle 80
# million passengers in a year"; see MEASURED_IN_BEFORE), and with "of" a part of what a verb
# cancels ("cancelled hundreds of Thursday's flights", with QUANTITY_OF).
LARGE_NUMBER = ("million", "billion", "hundreds", "thousands", "dozens", "scores", "millions")
QUANTITY_OF = ("all", "most", "many", "some", "half", *LARGE_NUMBER)
# Verbs of a cancellation: the day whose event they cancel ("called off Saturday's match", "cancelled
# hundreds of Thursday's flights") was still to come, as a postponed one is; but not the day a
# cancellation was told of ("cancelled 300 flights on Sunday").
CANCELLING_VERB = (
    "cancelled", "canceled", "cancels", "cancel", "called off", "calls off", "call off", "scrapped",
    "scraps", "scrap", "banned", "bans", "ban", "suspended", "suspends", "suspend",
)  # fmt: skip
# What opens the object of a change of date whose verb has other senses (the rest of RESCHEDULE_CUE:
# "moved", "extended", "advanced"…): "extended the deadline to Friday", "moved the vote back to
# May"; without one, only the passive moves a date ("the final was moved to Sunday"), as "sterling
# moved in a narrow range from January to September" and "Sinner advanced to Sunday's final" do not.
MOVED_OBJECT_OPENER = (*DETERMINER, "back", "forward", "ahead")
# Verbs of a forecast: a range of months before figures after them is the forecast's, whose tense
# decides ("economists expect October-December GDP figures to show…", told in September).
FORECAST_VERB = (
    "expect", "expects", "expected", "forecast", "forecasts", "see", "sees", "project", "projects",
    "projected", "predict", "predicts", "predicted", "estimate", "estimates", "bracing",
)  # fmt: skip
# Nouns of figures of a period: a month right before one (a word or two between) is the period of the
# figures, not a date a verb holds ("will publish October inflation data").
STATISTIC_NOUN = (
    *RESULTS_NOUN, "inflation", "cpi", "ppi", "pmi", "pmis", "payrolls", "sales", "exports", "imports",
    "trade", "jobs", "gdp", "output", "production", "spending", "unemployment", "earnings", "minutes",
    "accounts", "readings", "reading", "report", "survey", "index", "prices",
)  # fmt: skip

# Words of a forecast or a schedule: a period of months joined by a hyphen in their sentence is not
# read as the one gone by ("the outlook for November-January", "the season runs July-September").
LOOKS_AHEAD = (
    "forecast", "forecasts", "forecasting", "outlook", "expect", "expects", "expected", "projected",
    "projection", "projections", "planned", "plans", "plan", "likely", "suggest", "suggests", "will",
    "shall", "runs", "run", "opens", "takes place", "take place", "scheduled", "due", "predicted",
    "predicts", "estimate", "estimates", "target", "targets", "guidance", "upcoming", "coming",
    "next",
)  # fmt: skip
