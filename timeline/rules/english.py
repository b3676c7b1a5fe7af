"""Tagging rules for English news (data only).

Each rule is a regular expression written with named groups and ``%MACRO%``
references (macros are built from the tables in :mod:`timeline.rules.words`,
longest alternative first), the symbol it builds, and examples that run as
tests.  The engine (:mod:`timeline.ruleset`) compiles every rule into one
alternation; at any position the earliest rule in this list that matches
wins, so longer, more specific forms come first.  Rules with ``"emit": False``
are blockers: they consume text such as "the Sunday Times" or "1,998 people"
so that no other rule can tag it.

Symbol templates: a value ``"@name"`` is the normalized text of the named
group ``name`` (groups are normalized by their name, see ``GROUP_TABLES`` in
the engine); ``"-@name"`` negates it; anything else is a constant.
``"tense": True`` lets the clause's tense choose the direction (past/future)
of an underspecified date.

Examples are ``(text, value)`` pairs resolved against Saturday 15 March 2025,
or ``(text, value, "YYYY-MM-DD")`` with another reference date; value None
means the text must produce no expression of this rule.
"""

from __future__ import annotations

from typing import Any

# Macros beyond the word tables: shared sub-patterns.
PATTERNS = {
    "YEAR4": r"(?:1[5-9]\d\d|20\d\d|21\d\d)",
    # After the year closing a range: no more digits, no percentage, no counted noun ("1800-1900
    # pounds", "1500-2000 volunteers" are amounts).
    "NO_COUNT_AFTER_YEAR": r"(?![\d-]|,\d|\.\d|\s*(?:%|per\s?cent|percent))"
    r"(?!\s+(?:%COUNTED_NOUN%|%UNIT%|pounds|dollars|euros|yuan|yen|rupees|words|pages|runs|votes"
    r"|seats|goals|local\s+time|GMT|UTC|hours|hrs)\b)",
    # What a company reports for a period: "fourth-quarter results", "first-half profit".
    "FIGURES": r"results|earnings|profits?|loss|losses|sales|revenues?|figures|numbers",
    "YEAR": r"(?:(?:1[5-9]\d\d|20\d\d|21\d\d)|'\d\d)",
    "DAYNUM": r"(?:3[01]|[12]\d|0?[1-9])",
    "DAYORD": r"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?|%ORDINAL%)",
    # "2,000", "two thousand" and "a hundred" come before "2" and "two".
    "NUMBER_ANY": r"(?:\d+\s+1/2|\d{1,3}(?:,\d{3})+(?!,?\d)|\d+(?:\.\d+)?"
    r"|(?:%NUMBER%)\s+(?:%NUMBER_MULTIPLE%)(?![\w-])|%NUMBER%|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety)"
    r"[- ](?:one|two|three|four|five|six|seven|eight|nine))",
    "SP": r"\s+",
    # Approximators that belong to the extent of what they qualify ("nearly two years").
    "APPROX": r"(?:(?:about|some|nearly|almost|just|roughly|approximately|around|more\s+than|less\s+than|"
    r"fewer\s+than|no\s+more\s+than|at\s+least|at\s+most|up\s+to|under)\s+)",
    "COMMA": r"\s*,?\s*",
    # A two-digit year is one only after "FY": "Q3 FY26".
    "AFTER_FY": r"(?:(?<=FY)|(?<=FY\s))",
    # After a day of a month, no number that would make it part of a longer date: a year, or a list of
    # days ("March 10, 14 and 15"). A count after a comma is the next clause's: "On March 10, 14
    # people died."  Not across a line break: a live blog's time stamp may follow a date.
    "NO_NUMBER_AFTER": r"(?![^\S\n]*\d|\s*,\s*(?:\d{4}(?!\d)"
    r"|\d{1,2}(?:st|nd|rd|th)?\s*(?:,(?!\d{3})|and\b|&|or\b|[-–])))",
    "NOT_NAME": r"(?!\s+(?:%NAME_AFTER_WEEKDAY%)\b)",
    "TZ_NAME": r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|JST|KST|IST|AEST|AEDT|MSK|EET|EEST"
    r"|SAST|HKT|SGT|local\s+time|(?:Kyiv|Kiev|Moscow|Beijing|Tokyo|Jerusalem|Tehran|Washington|London|Paris"
    r"|Brussels|Gaza|Hong\s+Kong|New\s+York|UK|British|Eastern|Central|Mountain|Pacific)"
    r"\s+(?:(?:standard|daylight)\s+)?time)",
    "TZ": r"(?:\s*%TZ_NAME%)?",
    # After a weekday, no date it introduces: a clock time takes "9.30am on Sunday 27 April" whole.
    "NO_DATE_AFTER": r"(?!,?\s+(?:%DAYNUM%|%MONTH%\s*%DAYNUM%)(?:st|nd|rd|th)?\b)",
    # "the week commencing (Monday,) ", "the week of ": a week named by one of its days.
    "WEEK_OF": r"the\s+week\s+(?:commencing|beginning|starting|of)\s+(?:%WEEKDAY%,?\s+)?",
    # "nineteen ninety-six", "nineteen oh five", "two thousand and one", "twenty twenty-five".
    "YEAR_SPELLED": r"(?:(?:nineteen|twenty)[-\s](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|o[h]?[-\s](?:one|two|three|four|five|six|seven|eight|nine))"
    r"|two\s+thousand(?:\s+and)?(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\w-])",
    # Hedges that belong to a clock time's extent ("[about 3am]", "[shortly before 11pm]").
    "CLOCK_HEDGE": r"(?:(?:around|about|approximately|shortly\s+(?:after|before)|just\s+(?:after|before)"
    r"|soon\s+after)\s+)",
    # … and before noon or midnight, or "at": "shortly before midnight" has a rule of its own.
    "NOON_HEDGE": r"(?:(?![a-z]+\s+before\s+midnight)%CLOCK_HEDGE%|at\s+)?",
    # A local time's time in another zone, in brackets after it: "20:45 (1945 GMT)", "2000 (19:00 UTC)".
    "CONVERSION_AFTER": r"(?=\s*\((?:[01]\d|2[0-3]):?[0-5]\d\s?%TZ_NAME%)",
    "AMPM": r"(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)",
    # A clock time in words: "half past six", "a quarter to eight", "ten o'clock".
    "CLOCK_SPELLED": r"(?:(?P<minute_word>%CLOCK_MINUTES_WORD%)\s+(?P<to_hour>past|to|after)\s+"
    r"(?P<hour_word>%CLOCK_HOUR_WORD%|1[012]|[1-9])(?![\w-])(?:\s+o['’]clock)?"
    r"|(?P<hour_word2>%CLOCK_HOUR_WORD%|1[012]|[1-9])\s+o['’]clock)",
    # What comes right before a clock time with nothing else to show it is one: "at 2.30", "until two";
    # not a price's or a score's "stood at", "trading at", "level at".
    # An hour with no minutes, in figures or in words: "at 7", "at ten".
    "BARE_HOUR": r"(?:(?P<hour2>1[012]|[1-9])|(?P<hour_word3>%CLOCK_HOUR_WORD%))",
    "CLOCK_PREPOSITION": r"(?:(?<=\bat\s)(?<!\bstood\sat\s)(?<!\btraded\sat\s)(?<!\btrading\sat\s)"
    r"(?<!\blevel\sat\s)(?<!\bfixed\sat\s)(?<!\bquoted\sat\s)(?<!\btied\sat\s)"
    r"(?<!\beuro\swas\sat\s)(?<!\bdollar\swas\sat\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bfrom\s)"
    r"|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bsince\s))",
    # What "overnight" qualifies when it names no night: a rate, a stay, a success.
    "OVERNIGHT_NO_DATE": r"interest|lending|borrowing|call|repo|deposits?|loans?|rates?|funds|money|stays?"
    r"|bags?|trips?|flights?|shifts?|camps?|success|sensation|celebrity",
    # A shift word before a holiday ("last Christmas", "next Easter"); not after a determiner or a
    # possessive, where "last" is the final one ("their last Christmas together", "Biden's last
    # Christmas in the White House").
    "HOLIDAY_SHIFT": r"(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bmy\s)"
    r"(?<!\byour\s)(?<!['’]s\s)(?<!s['’]\s)(?<!\bone\s)(?P<shift>last|next|this|this\s+coming|this\s+past)\s+",
    # "year-end", "year's end"; not the adjective ("year-end bonuses" are a kind of bonus).
    "YEAR_END": r"year(?:[- ]end|'s\s+end)(?![\w-])(?!\s+[a-z])",
    # "last year", "this year", "next year" after a day, a month or a season ("August 16 last year").
    "YEAR_SHIFT": r"(?P<year_shift>last|this|next)\s+year(?![\w'’-])",
    # "last fiscal year", "the past financial quarter": the year or quarter reported on.
    "FISCAL_BEFORE_UNIT": r"(?:(?:fiscal|financial)\s+(?=year|quarter))?",
    # The day and part of it a clock time is of: "on Friday evening", "this morning", "tonight".
    "DAY_AND_PART": r"(?:on\s+)?(?:(?:this|yesterday|tomorrow|last|%WEEKDAY%)\s+(?:%PART_OF_DAY%)|tonight"
    r"|last\s+night)(?![\w'’-])",
}

# The symbol of a clock time, in figures or in words, on the day its part of the day names or the
# text last told of ("9.30 this morning", "half past two in the morning"): shared by the rules that
# read the hour from the part of the day.
CLOCK_ON_THE_DAY = {
    "kind": "relative",
    "unit": "day",
    "offset": "0",
    "hour": "@hour|@hour2|@hour_word|@hour_word2|@hour_word3",
    "minute": "@minute|@minute_word",
    "anchor": "narrative",
}

# The night that ended on the day told ("overnight"): shared by the rules of the bare word, which
# say what that day is.
NIGHT_BEFORE = {"kind": "relative", "unit": "day", "offset": "-1", "part_of_day": "night"}

RULES: list[dict[str, Any]] = [
    # ---- blockers: text that looks temporal but is not ------------------------------------------
    {
        "name": "block_age",
        "pattern": r"%NUMBER_ANY%[- ](?:year|month|week|day)s?[- ]olds?",
        "emit": False,
        "examples": [("Russia's three-year-old invasion", None), ("a 12-year-old boy", None)],
    },
    {
        "name": "block_age_decade",
        # "a man in his forties", "women in their early twenties": an age, not a decade.
        "pattern": r"(?:%POSSESSIVE%)\s+(?:(?:early|mid|late)[\s-]*)?(?:%DECADE_WORD%|teens)(?![\w-])",
        "emit": False,
        "examples": [
            ("Police are looking for a man in his forties.", None),
            ("two women in their early twenties", None),
        ],
    },
    {
        "name": "block_count_year",
        # A number like a year before what it counts: "1600 staff", "2000 people"; but "in 2020 people
        # stayed at home" names the year.
        "pattern": r"(?<![\d.,$£€#/-])(?<!\bin\s)(?<!\bby\s)(?<!\bof\s)(?<!\bsince\s)(?<!\buntil\s)"
        r"(?<!\bfrom\s)(?<!\bduring\s)(?<!\bbefore\s)(?<!\bafter\s)(?<!\band\s)(?<!\bor\s)(?<!\bto\s)(?<!between\s)"
        r"(?<!['’]s\s)(?<!s['’]\s)(?<!\bthroughout\s)(?<!\bunlike\s)"
        # After a determiner the year names the kind: "the 2004 deaths", "their 2023 points total".
        r"(?<![Tt]he\s)(?<!\bits\s)(?<![Tt]heir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)"
        r"%YEAR4%\s+(?:(?:%COUNT_QUALIFIER%)\s+)?(?:%COUNTED_NOUN%)(?![\w-])"
        # A count compared with a period before: "up from 1650 a week earlier", "rose to 2200 from
        # 1980 a year earlier" (but "postponed from 2020 a year earlier" is a year).
        r"|(?:(?<=\bup\sfrom\s)|(?<=\bdown\sfrom\s)|(?<=\d\sfrom\s))%YEAR4%(?=\s+an?\s+(?:day|week|month|year)\s+(?:earlier|before|ago)\b)",
        "emit": False,
        "examples": [
            ("The bank will cut 1600 staff.", None),
            ("About 2000 people attended.", None),
            ("Health officials reported 1987 new cases.", None),
            ("The Dow fell 1800 points.", None),
        ],
    },
    {
        "name": "block_address",
        # A street number: "1600 Pennsylvania Avenue".
        # Not after "the": "the 1989 Tiananmen Square massacre" names a year.
        # "1600 Broadway" has no street word, so not after a preposition: "Since 2020 Broadway has".
        "pattern": r"(?<!\bthe\s)(?:\d{1,5}\s+(?:(?-i:[A-Z][a-z]+)\s+){1,3}(?-i:Avenue|Ave|Street|St|Road|Rd"
        r"|Boulevard|Blvd|Lane|Drive|Way|Terrace|Crescent)|(?<!\bin\s)(?<!\bsince\s)(?<!\bby\s)(?<!\buntil\s)"
        r"(?<!\bbefore\s)(?<!\bafter\s)(?<!\bduring\s)\d{1,5}\s+(?-i:Broadway))\b",
        "emit": False,
        "examples": [
            ("Protesters gathered outside 1600 Pennsylvania Avenue.", None),
            ("The hotel at 1600 Broadway was evacuated.", None),
        ],
    },
    {
        "name": "block_amount",
        # Not a count of time: "1,000 days" is a duration.
        "pattern": r"(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|billion|million|trillion))?|\d{1,3}(?:,\d{3})+"
        r"(?!,\d)(?:\.\d+)?(?![\s-]+(?:%UNIT%)\b)"
        r"|\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent))",
        "emit": False,
        "examples": [
            ("1,998 people", None),
            ("$2,025", None),
            ("2025 percent", None),
            ("1,000 troops", None),
        ],
    },
    {
        "name": "block_rate",
        # A price or count per period is a rate, not a duration: "$1.76 a year", "700 seats a week".
        "pattern": r"(?:(?<=\d\s)|(?<=illion\s)|(?<=\d%\s))a\s+(?:year|month|week|day)(?![\w-])"
        r"(?!\s+(?:ago|earlier|later|before|after|from|hence|or|and)\b)",
        "emit": False,
        "examples": [("a dividend of $1.76 a year", None), ("save $500 million a year", None)],
    },
    {
        "name": "block_name",
        "pattern": r"(?:(?:the\s+)?(?:Mail|Independent|Observer)\s+on\s+Sunday|Sunday\s+"
        r"(?:%NAME_AFTER_WEEKDAY%)"
        r"|Bloody\s+Sunday|Black\s+(?:Monday|Tuesday|Wednesday|Thursday)"
        r"|Man\s+Friday|Girl\s+Friday|Friday\s+prayers?"
        # Days named for what happens on them, with no rule for their day ("Super Tuesday" is set by
        # the parties); those with one are feasts (below).
        r"|Super\s+Tuesday|Blue\s+Monday|(?<=Fox\sNews\s)Sunday|(?<=Ruby\s)Tuesday"
        # A football club, and places named for a feast.
        r"|(?<=Sheffield\s)Wednesday|Easter\s+(?:Road|Island|Rising)"
        # Names of agreements, uprisings, wars and bodies that hold a date.
        r"|Good\s+Friday\s+(?:Agreement|accord)|(?:(?<=Arab\s)|(?<=Prague\s))Spring|Six-Day\s+War"
        r"|(?<=the\s)1922\s+Committee)",
        "emit": False,
        "examples": [
            ("The Good Friday Agreement ended decades of violence", None),
            ("The Arab Spring toppled several governments", None),
            ("The Six-Day War reshaped the Middle East", None),
            ("Tory MPs on the 1922 Committee", None),
            ("the Sunday Times reported", None),
            ("the Mail on Sunday", None),
            ("campaigning before Super Tuesday", None),
            ("Saturday Night Live", None),
            ('Rubio told "Fox News Sunday" that talks would continue.', None),
            ("Ruby Tuesday closed 30 restaurants.", None),
            ("Sheffield Wednesday beat Hull 2-1 at Hillsborough.", None),
            ("Hibs were beaten at Easter Road.", None),
        ],
    },
    {
        "name": "block_programme",
        # Programmes named like dates: after a broadcaster or a possessive, as a quoted title, or
        # before "show"/"programme".  "Today, the company said" and "this week" stay dates.
        "pattern": r"(?:(?<=['’]s\s)|(?<=s['’]\s)|(?<=['’]s\s[\"“])|(?<=s['’]\s[\"“]))"
        r"(?-i:%PROGRAMME%)(?![\w-])"
        r"|(?-i:%BROADCASTER%)\s+(?-i:%PROGRAMME%)(?![\w-])"
        r"|(?<=[\"“])(?-i:This\s+(?:Week|Morning))(?:\s+(?:(?-i:[A-Z][\w'’.]*)|with|of|the|and|in|on|at|for))*"
        r"[,.!?]?[\"”]"
        r"|(?-i:%PROGRAMME%)\s+(?:show|programme|program|presenter|host|co-host|anchor|podcast)\b",
        "emit": False,
        "examples": [
            ('speaking on ABC News\' "This Week," he said', None),
            ('ABC-TV\'s "This Week With David Brinkley"', None),
            ("This is VOA Today.", None),
            ("the minister told Radio 4's Today programme", None),
            ("He appeared on ITV's This Morning", None),
            ("USA Today reported", None),
        ],
    },
    {
        "name": "block_titled_duration",
        # Shows and races named by a duration, capitalized as names are: "aired on 60 Minutes", "won
        # the Le Mans 24 Hours".  Running text writes a duration in lower case.
        "pattern": r"(?-i:%TITLED_DURATION%)(?![\w-])|(?<=(?-i:Mans|tona|\sSpa)\s)(?-i:24\s+Hours)(?![\w-])",
        "emit": False,
        "examples": [
            ("The interview aired on 60 Minutes.", None),
            ("Toyota won the Le Mans 24 Hours.", None),
        ],
    },
    {
        "name": "block_label_number",
        "pattern": r"(?i:%LABEL_BEFORE_NUMBER%)\s?#?\d+",
        "emit": False,
        "examples": [("Section 2025 of the act", None), ("Boeing 747", None), ("Resolution 1998", None)],
    },
    {
        "name": "clock_digits_weekday",
        # "The deadline is 1600 GMT Thursday", "at 2215 GMT on Thursday": the time of that day.
        "pattern": r"(?<![\d:.(])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s?%TZ_NAME%,?\s+(?:on\s+)?"
        r"(?P<weekday>%WEEKDAY%)%NOT_NAME%",
        "type": "TIME",
        "tense": True,
        "symbol": {"kind": "weekday", "weekday": "@weekday", "hour": "@hour", "minute": "@minute"},
        "examples": [
            ("The deadline for the resolution is 1600 GMT Thursday", "2025-03-13T16:00"),
            ("they would make an announcement at 2215 GMT on Thursday", "2025-03-20T22:15"),
            ("The attack began at 0300 GMT (6 a.m. local) on Saturday.", "2025-03-15T03:00", "2025-03-17"),
        ],
    },
    {
        "name": "clock_digits",
        # Wire copy's own clock: "polls closed at 2000 GMT", or a local time given with its time in
        # another zone ("polls close at 2000 (1900 GMT)": no year).  Not after an opening bracket:
        # "5:30 pm (1530 GMT)" gives the time just told in another zone, often on another day.
        "pattern": r"(?<![\d:.(])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
        r"(?:\s?%TZ_NAME%(?![\w-])|%CONVERSION_AFTER%)",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "hour": "@hour",
            "minute": "@minute",
            "anchor": "narrative",
        },
        "examples": [
            ("Trading resumed at 0900 GMT", "2025-03-15T09:00"),
            ("polls closed at 2000 local time", "2025-03-15T20:00"),
            ("Polls close at 2000 (1900 GMT).", "2025-03-15T20:00"),
            ("Parliament will convene at 1100 (0800 GMT) on Tuesday.", "2025-03-18T11:00"),
        ],
        "joins_day": True,
    },
    {
        "name": "block_clock_digits",
        # Wire copy gives times as four digits: "5:30 pm (1530 GMT)", "by 2000 hours". Not years.
        "pattern": r"(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|hrs|hours|local\s+time)\b",
        "emit": False,
        "examples": [("(1530 GMT)", None), ("the deadline of 2000 hours", None)],
    },
    {
        "name": "block_fraction",
        # "a quarter of the vote" is a share, not three months; so is "a quarter point" of a rate.
        "pattern": r"(?:a|one|two|three)[\s-]+quarters?(?:\s+of\b(?!\s+an?\s+century)"
        r"|[\s-]+(?:percentage[\s-]+)?points?\b)",
        "emit": False,
        "examples": [
            ("a quarter of the vote", None),
            ("three quarters of voters", None),
            ("The Fed is expected to cut rates by a quarter point.", None),
            ("a quarter-percentage-point rise", None),
        ],
    },
    {
        "name": "block_any_weekday",
        # "on a Wednesday" is any Wednesday ("Christmas falls on a Wednesday this year"), and "in
        # the early hours of a Sunday morning", "one Sunday in May" one the text does not date;
        # "a Friday deadline", "ahead of a Sunday vote" name the coming one, and stay.
        # Not before a noun: "said on a Thursday call with analysts" is this week's.
        "pattern": r"(?:(?:on|of|during)\s+an?|(?<![\w'’-])one)\s+%WEEKDAY%"
        r"(?:\s+(?:%PART_OF_DAY%))?(?![\w'’-])"
        r"(?=\s*(?:[^\w\s]|$)|\s+(?:%NOT_A_NOUN_AFTER_ANY_WEEKDAY%)\b)",
        "emit": False,
        "examples": [
            ("The deadline always falls on a Friday.", None),
            ("The attack happened on a Sunday morning.", None),
            ("The fire broke out in the early hours of a Sunday morning.", None),
            ("He died one Sunday morning, his family said.", None),
        ],
    },
    {
        "name": "block_modal_may",
        # "May" opening a question or a wish is the verb.
        "pattern": r"May\s+(?:I|we|you|he|she|it|they|God|the\s+\w+\s+be)\b",
        "emit": False,
        "examples": [("May I ask", None)],
    },
    # ---- clock times with a date ----------------------------------------------------------------
    {
        "name": "iso_datetime",
        "pattern": r"(?P<year>%YEAR4%)-(?P<month>[01]\d)-(?P<day>[0-3]\d)[T ](?P<hour>[012]\d):"
        r"(?P<minute>[0-5]\d)"
        r"(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?",
        "type": "TIME",
        "symbol": {
            "kind": "calendar",
            "year": "@year",
            "month": "@month",
            "day": "@day",
            "hour": "@hour",
            "minute": "@minute",
        },
        "examples": [("2025-03-15T10:32:00Z", "2025-03-15T10:32")],
    },
    # ---- full dates -------------------------------------------------------------------------------
    {
        "name": "iso_date",
        # Year first, so never ambiguous: "2025-03-15", and in some house styles "2025/03/15".
        "pattern": r"(?<![\d/.-])(?P<year>%YEAR4%)(?:-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?![\d-])"
        r"|/(?P<month2>[01]?\d)/(?P<day2>[0-3]?\d)(?![\d/]))",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year", "month": "@month|@month2", "day": "@day|@day2"},
        "examples": [
            ("2025-03-15", "2025-03-15"),
            ("1998-1-8", "1998-01-08"),
            ("The guidance, dated 2025/03/11, was withdrawn.", "2025-03-11"),
        ],
    },
    {
        "name": "compact_date",
        "pattern": r"(?<![\d])(?P<year>(?:19|20)\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?![\d])",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year", "month": "@month", "day": "@day"},
        "examples": [("19980108", "1998-01-08")],
    },
    {
        "name": "numeric_date",
        # Day/month order is settled by the engine: an unambiguous reading wins, otherwise the
        # reading the tense allows ("was held on 03/04/2025", in March, is 3 March) and, of those,
        # the one nearer the reference date, otherwise Config.day_first.
        "pattern": r"(?<![\d/.])(?P<n1>[0-3]?\d)(?P<sep>[/.])(?P<n2>[0-3]?\d)(?P=sep)(?P<year>\d{4}|\d\d)"
        r"(?![\d/]|\.\d)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "year": "@year"},
        "examples": [
            ("15/03/2025", "2025-03-15"),
            ("03/15/2025", "2025-03-15"),
            ("11/02/89", "1989-11-02", "1989-11-03"),
            ("14.3.2025", "2025-03-14"),
            ("The hearing was held on 03/04/2025.", "2025-03-04", "2025-03-20"),
            ("The hearing will be held on 03/04/2025.", "2025-04-03", "2025-03-20"),
        ],
    },
    {
        "name": "weekday_day_month_year_time",
        "pattern": r"(?:(?P<weekday>%WEEKDAY%|%WEEKDAY_ABBR%),?\s+)?(?P<day>%DAYNUM%)(?:st|nd|rd|th)?\s+"
        r"(?P<month>%MONTH%)\s+(?P<year>%YEAR4%),?\s+(?:at\s+)?(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)"
        r"(?:\s*%AMPM%)?%TZ%",
        "type": "TIME",
        "symbol": {
            "kind": "calendar",
            "year": "@year",
            "month": "@month",
            "day": "@day",
            "hour": "@hour",
            "minute": "@minute",
        },
        "examples": [("Sat 15 Mar 2025 10:32 GMT", "2025-03-15T10:32")],
    },
    {
        "name": "time_weekday_day_month_year",
        "pattern": r"%CLOCK_HEDGE%?(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)(?:\s*%AMPM%)?%TZ%,?\s+"
        r"(?:(?P<weekday>%WEEKDAY%|%WEEKDAY_ABBR%),?\s+)?(?P<day>%DAYNUM%)(?:st|nd|rd|th)?\s+"
        r"(?P<month>%MONTH%),?\s+(?P<year>%YEAR4%)",
        "type": "TIME",
        "symbol": {
            "kind": "calendar",
            "year": "@year",
            "month": "@month",
            "day": "@day",
            "hour": "@hour",
            "minute": "@minute",
        },
        "examples": [("10:32 GMT, Sat 15 Mar 2025", "2025-03-15T10:32")],
    },
    {
        "name": "date_shift_year",
        # "on August 16 last year": the day of the shifted calendar year.
        "pattern": r"(?P<month>%MONTH%)\s*(?:the\s+)?(?P<day>%DAYORD%)\s+(?:of\s+)?"
        r"%YEAR_SHIFT%",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "year",
            "month": "@month",
            "day": "@day",
            "offset": "@year_shift",
        },
        "examples": [("on August 16 last year", "2024-08-16"), ("July 15 this year", "2025-07-15")],
    },
    {
        "name": "day_month_shift_year",
        "pattern": r"(?:the\s+)?(?P<day>%DAYORD%)\s+(?:of\s+)?(?P<month>%MONTH%)\s+(?:of\s+)?"
        r"%YEAR_SHIFT%",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "year",
            "month": "@month",
            "day": "@day",
            "offset": "@year_shift",
        },
        "examples": [("15 March next year", "2026-03-15"), ("the 4th of July last year", "2024-07-04")],
    },
    {
        "name": "day_month_year",
        "pattern": r"(?:(?P<weekday>%WEEKDAY%|%WEEKDAY_ABBR%),?\s+)?(?:the\s+)?(?P<day>%DAYORD%)\s+"
        r"(?:of\s+)?(?P<month>%MONTH%)%COMMA%(?P<year>%YEAR%)(?!\d|,\d)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year", "month": "@month", "day": "@day"},
        "examples": [
            ("15 March 2025", "2025-03-15"),
            ("Saturday, 15 March 2025", "2025-03-15"),
            ("the 4th of July 1776", "1776-07-04"),
            ("Sat 15 Mar 2025", "2025-03-15"),
        ],
    },
    {
        "name": "month_day_year",
        "pattern": r"(?:(?P<weekday>%WEEKDAY%|%WEEKDAY_ABBR%)%COMMA%)?(?P<month>%MONTH%)\s*(?:the\s+)?"
        r"(?P<day>%DAYORD%)%COMMA%(?P<year>%YEAR%)(?!\d|,\d)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year", "month": "@month", "day": "@day"},
        "examples": [
            ("March 15, 2025", "2025-03-15"),
            ("April 1 , 1997", "1997-04-01"),
            ("Tuesday, March 11, 2025", "2025-03-11"),
            ("Sept. 30, 1989", "1989-09-30"),
        ],
    },
    {
        "name": "day_month_range_start",
        # "between 10 and 14 March", "10-14 March": the first day takes the month (and year) of the
        # last, which is tagged on its own.
        "pattern": r"(?P<day>%DAYNUM%)(?:st|nd|rd|th)?(?=\s*(?:[-–—]|%RANGE_WORD%|and)\s*(?:%DAYNUM%)"
        r"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>%MONTH%)(?![\w-])(?!\s*,?\s*\d(?!\d{3}))"
        r"(?:%COMMA%(?P<year>%YEAR4%)(?!\d))?)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "year": "@year", "month": "@month", "day": "@day"},
        "examples": [
            ("The festival runs between 10 and 14 March.", "2025-03-10"),
            ("Voting took place 10–14 March 2024.", "2024-03-10"),
            ("Scotland won 2-1 in March", None),
        ],
    },
    {
        "name": "month_day_range_start",
        # "Nov. 2-5, 2024": the first day takes the year the range ends with.  (When the last day
        # names its month, "Nov. 28-Dec. 2, 2023", the tagger passes the year on: tag._share_year.)
        "pattern": r"(?P<month>%MONTH%)\s*(?P<day>%DAYNUM%)(?:st|nd|rd|th)?"
        r"(?=(?:[-–—]|\s+(?:%RANGE_WORD%)\s+)(?:the\s+)?(?:%DAYNUM%)(?:st|nd|rd|th)?"
        r"%COMMA%(?P<year>%YEAR4%)(?!\d))",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "year": "@year", "month": "@month", "day": "@day"},
        "examples": [
            ("Voting ran Nov. 2-5, 2024.", "2024-11-02"),
            ("from June 2 to the 5th, 2023", "2023-06-02"),
            ("Nov. 2, 2024", None),
        ],
    },
    {
        "name": "day_month",
        "pattern": r"(?:(?:(?:this\s+)?(?:coming|next|last|this)\s+)?"
        r"(?P<weekday>%WEEKDAY%|%WEEKDAY_ABBR%),?\s+)?"
        r"(?:the\s+)?(?P<day>%DAYORD%)\s+(?:of\s+)?"
        r"(?P<month>%MONTH%)(?![\w-])%NO_NUMBER_AFTER%",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "month": "@month", "day": "@day"},
        "examples": [
            ("15 March", "2025-03-15"),
            ("Tuesday 11 March", "2025-03-11"),
            ("the 20th of March", "2025-03-20"),
            ("On 10 March, 14 people died.", "2025-03-10"),
            # The first day of a range takes the year of the last (tag._share_year).
            ("Babies born between 1 July and 31 December 2024 are eligible.", "2024-07-01"),
        ],
    },
    {
        "name": "month_day",
        "pattern": r"(?:(?:(?:this\s+)?(?:coming|next|last|this)\s+)?(?P<weekday>%WEEKDAY%)%COMMA%)?"
        r"(?P<month>%MONTH%)\s*(?:the\s+)?(?P<day>%DAYORD%)"
        r"(?![\w]|:\d|\s+(?:%UNIT%)\b|[.,]\d)%NO_NUMBER_AFTER%",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "month": "@month", "day": "@day"},
        "examples": [
            ("March 15", "2025-03-15"),
            ("Sept. 30", "2024-09-30"),
            ("Tuesday, March 11", "2025-03-11"),
            ("Oct. 2", "2025-10-02", "2025-09-28"),
            ("this coming Sunday, March eighth", "1998-03-08", "1998-03-05"),
            ("On March 10, 14 people died.", "2025-03-10"),
            ("On Jan. 5, 1,200 troops left.", "2025-01-05"),
            ("offices close March 10, 14 and 17", None),
            ("Nov. 28-Dec. 2, 2023", "2023-11-28"),
            ("from November 3 to January 5, 2025", "2024-11-03"),
        ],
    },
    {
        "name": "the_day_of_month",
        # Not an ordinal before a noun: "the 21st century", "the 20th day of the siege", "the 5th round".
        "pattern": r"(?:(?<=\bon\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bfrom\s)"
        r"|(?!the\s+\d+(?:st|nd|rd|th)\s+%COUNTED_BY_ORDINAL_UNLESS_ON%(?![\w-])))"
        r"the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"
        r"(?!\s+%COUNTED_BY_ORDINAL%(?![\w-]))"
        # Nor before a name, which it counts: "the 30th Cairo International Film Festival".
        r"(?!\s+(?!(?:%MONTH%|%WEEKDAY%)(?![\w-]))(?-i:[A-Z]))",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "day": "@day"},
        "examples": [
            ("on the 15th", "2025-03-15"),
            ("the 21st century", None),
            ("the 20th day of the siege", None),
            ("the 30th Cairo International Film Festival opened", None),
            ("the 12th Five-Year Plan", None),
            ("The 8th session of the congress opened.", None),
            ("It will be the 14th walkout since the dispute began.", None),
            ("On the 14th strike leaders met the health secretary.", "2025-03-14"),
        ],
    },
    {
        "name": "on_the_day_before_possessive",
        # "On the 15th Ukraine's president flew to Riyadh": after "on", a possessive name is the
        # sentence's subject, not what the ordinal counts ("the 9th Circuit's ruling" is a court).
        "pattern": r"(?<=\bon\s)the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"
        r"(?=\s+(?-i:[A-Z])[\w.-]*['’]s\b)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "day": "@day"},
        "examples": [
            ("On the 15th Ukraine's president flew to Riyadh", "2025-03-15"),
            ("The 9th Circuit's ruling was appealed on Monday.", None),
        ],
    },
    # ---- weekdays with a time or part of day ------------------------------------------------------
    {
        "name": "weekday_time",
        "pattern": r"(?:(?P<shift>%SHIFT%)\s+)?(?P<weekday>%WEEKDAY%)%NOT_NAME%(?:,?\s+at)?\s+"
        r"(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>%AMPM%)%TZ%",
        "type": "TIME",
        "tense": True,
        "symbol": {
            "kind": "weekday",
            "weekday": "@weekday",
            "offset": "@shift",
            "hour": "@hour",
            "minute": "@minute",
        },
        "examples": [("Tuesday at 10:30 a.m.", "2025-03-11T10:30")],
    },
    {
        "name": "weekday_noon",
        "pattern": r"(?:(?P<shift>%SHIFT%)\s+)?(?P<weekday>%WEEKDAY%)%NOT_NAME%,?\s+at\s+"
        r"(?P<noon_of_day>noon|midnight|midday)(?![\w-])",
        "type": "TIME",
        "tense": True,
        "symbol": {"kind": "weekday", "weekday": "@weekday", "offset": "@shift", "hour": "@noon_of_day"},
        "examples": [
            ("the deadline expires Friday at noon", "2025-03-21T12:00"),
            ("talks ended on Thursday at midnight", "2025-03-13T24:00"),
        ],
    },
    {
        "name": "early_hours_weekday",
        # "in the early hours of Sunday (morning)": that day, before dawn.
        "pattern": r"the\s+(?:early|small|wee)\s+hours\s+of\s+(?:(?P<shift>%SHIFT%)\s+)?"
        r"(?P<weekday>%WEEKDAY%)%NOT_NAME%(?:\s+morning)?(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "weekday", "weekday": "@weekday", "offset": "@shift"},
        "examples": [
            ("the fire broke out in the early hours of Sunday", "2025-03-09"),
            ("in the early hours of Saturday morning", "2025-03-15"),
        ],
    },
    {
        "name": "time_weekday",
        "pattern": r"%CLOCK_HEDGE%?(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>%AMPM%)%TZ%"
        r"\s+(?:on\s+)?(?P<weekday>%WEEKDAY%)%NOT_NAME%%NO_DATE_AFTER%"
        # "at 2am on Saturday morning": the part of day adds nothing to the hour.
        r"(?:\s+(?:morning|afternoon|evening|night)(?![\w-]))?",
        "type": "TIME",
        "tense": True,
        "symbol": {"kind": "weekday", "weekday": "@weekday", "hour": "@hour", "minute": "@minute"},
        "examples": [
            ("10 a.m. Tuesday", "2025-03-11T10:00"),
            ("the shooting happened at around 10.30pm on Saturday", "2025-03-08T22:30", "2025-03-12"),
            ("Police were called at 2am on Saturday morning.", "2025-03-08T02:00", "2025-03-12"),
        ],
    },
    {
        "name": "time_day_word",
        # "10am tomorrow", "8pm tonight", "at 11pm last night": the time of that day, not of the day
        # the text last named (as a bare time would be).
        "pattern": r"%CLOCK_HEDGE%?(?<![\d:.])(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*"
        r"(?P<ampm>%AMPM%)%TZ%\s+(?:(?P<which>yesterday|today|tomorrow|last(?=\s+night))(?:\s+night)?"
        r"|(?P<tonight>tonight|this(?=\s+(?:morning|afternoon|evening)\b))"
        r"(?:(?<=this)\s+(?:morning|afternoon|evening))?)(?![\w'’-])",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "@which|@tonight",
            "hour": "@hour",
            "minute": "@minute",
        },
        "examples": [
            ("The court will sit at 10am tomorrow.", "2025-03-16T10:00"),
            ("The protest will begin at 8pm tonight.", "2025-03-15T20:00"),
            ("Two men were arrested at 11pm last night.", "2025-03-14T23:00"),
            ("The minister spoke at 9.30am this morning.", "2025-03-15T09:30"),
            ("The count ended at 10pm, yesterday's tally showed.", None),
        ],
    },
    {
        "name": "week_of_day",
        # "the week commencing 9 June", "the week of March 10": the ISO week of that day.
        "pattern": r"%WEEK_OF%(?P<day>%DAYORD%)\s+(?:of\s+)?(?P<month>%MONTH%)(?:%COMMA%(?P<year>%YEAR4%))?"
        r"(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "year": "@year", "month": "@month", "day": "@day", "unit": "week"},
        "examples": [
            ("The hearing has been listed for the week commencing 9 June.", "2025-W24", "2025-05-20"),
            ("during the week beginning Monday, 3 November 2025", "2025-W45"),
        ],
    },
    {
        "name": "week_of_month_day",
        "pattern": r"%WEEK_OF%(?P<month>%MONTH%)\s*(?:the\s+)?(?P<day>%DAYORD%)(?:%COMMA%(?P<year>%YEAR4%))?"
        r"(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "year": "@year", "month": "@month", "day": "@day", "unit": "week"},
        "examples": [("Votes are expected the week of March 10.", "2025-W11", "2025-03-01")],
    },
    {
        "name": "nth_weekday_of_month",
        # "the first Thursday in May", "the last Monday of May 2024": a day that moves with the
        # calendar, as elections, meetings and holidays are set.
        "pattern": r"the\s+(?P<nth>%NTH_OF_MONTH%)\s+(?P<weekday>%WEEKDAY%)\s+(?:in|of)\s+"
        r"(?P<month>%MONTH_FULL%)(?:%COMMA%(?P<year>%YEAR4%))?(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {
            "kind": "calendar",
            "nth": "@nth",
            "weekday": "@weekday",
            "month": "@month",
            "year": "@year",
        },
        "examples": [
            ("The election is held on the first Thursday in May.", "2025-05-01"),
            ("Memorial Day falls on the last Monday in May.", "2025-05-26"),
            ("The board met on the second Tuesday of March 2024.", "2024-03-12"),
            ("The festival ended on the last Sunday of February.", "2025-02-23"),
        ],
    },
    {
        "name": "nth_weekday_of_shifted_month",
        # "the last Friday of the month", "the first Monday of next month": not last week's Friday.
        "pattern": r"the\s+(?P<nth>%NTH_OF_MONTH%)\s+(?P<weekday>%WEEKDAY%)\s+(?:in|of)\s+"
        r"(?P<shift>the|this|that|next|last)\s+month(?![\w-])",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "month",
            "offset": "@shift",
            "nth": "@nth",
            "weekday": "@weekday",
        },
        "examples": [
            ("The market is held on the last Friday of the month.", "2025-03-28"),
            ("The vote is on the second Tuesday of next month.", "2025-04-08"),
            ("Sales rose on the first Monday of last month.", "2025-02-03"),
            ("In June 2024 the market opened on the first Saturday of that month.", "2024-06-01"),
        ],
    },
    {
        "name": "nth_weekday_of_every_month",
        # A day that recurs: no date of its own ("the last Friday of every month").
        "pattern": r"the\s+(?P<nth>%NTH_OF_MONTH%)\s+(?P<weekday>%WEEKDAY%)\s+(?:in|of)\s+"
        r"(?:each|every)\s+(?P<unit>month)(?![\w-])",
        "type": "SET",
        "symbol": {"kind": "set", "unit": "@unit", "amount": "1"},
        "examples": [("Payments are made on the last Friday of each month.", "P1M")],
    },
    {
        "name": "weekday_week",
        # "Thursday this week", "Monday next week": the weekday of a shifted ISO week.
        "pattern": r"(?P<weekday>%WEEKDAY%)(?:\s+(?P<pod>%PART_OF_DAY%))?\s+(?:of\s+)?(?P<shift>this|next"
        r"|last)\s+week",
        "type": "DATE",
        "tense": True,
        "symbol": {
            "kind": "weekday",
            "weekday": "@weekday",
            "unit": "week",
            "offset": "@shift",
            "part_of_day": "@pod",
        },
        "examples": [
            ("Thursday this week", "2025-03-13"),
            ("Monday next week", "2025-03-17"),
            ("They met on Thursday this week", "2025-03-13"),
            ("Our militaries will meet on Thursday this week", "2025-03-20"),
            ("They will meet on Thursday this week", "2025-03-13", "2025-03-12"),
        ],
    },
    {
        "name": "weekday_week_on",
        # British "Wednesday week", "a week on Friday", "Thursday fortnight", American "a week from
        # Friday", and "the Thursday after next": the weekday a week (a fortnight) after the coming one.
        "pattern": r"(?:(?P<weekday>%WEEKDAY%)\s+(?-i:(?P<later>week|fortnight))"
        r"(?!\s+(?:one|two|three|four|\d))|a\s+(?P<later2>week|fortnight)\s+(?:on|from|come)\s+(?P<weekday2>%WEEKDAY%)"
        r"|the\s+(?P<weekday3>%WEEKDAY%)\s+after\s+(?P<later3>next)(?!\s+(?:%UNIT%)|['’]))(?![\w'’-])",
        "type": "DATE",
        "symbol": {
            "kind": "weekday",
            "weekday": "@weekday|@weekday2|@weekday3",
            "offset": "@later|@later2|@later3",
        },
        "examples": [
            ("The inquiry resumes on Wednesday week.", "2025-03-19", "2025-03-10"),
            ("Tickets go on sale a week on Friday.", "2025-03-21", "2025-03-10"),
            ("The vote is a week from Tuesday.", "2025-03-18", "2025-03-06"),
            ("The final is on Thursday fortnight.", "2025-03-27", "2025-03-10"),
            ("Talks resume the Thursday after next.", "2025-03-20", "2025-03-10"),
            ("Fashion Week opened on Monday.", None),
            ("The vote is on the Tuesday after next week's summit.", None),
            ("Wednesday week one of the inquiry ended.", None),
        ],
    },
    {
        "name": "week_from_day",
        # "A week today", "a fortnight tomorrow", "a week yesterday" (British): seven (fourteen)
        # days from that day; "this day week", "this day fortnight" (Irish and Scottish) from today.
        "pattern": r"(?:a\s+(?P<week_from>%WEEK_FROM_DAY%)(?![\w'’-])(?!\s+since\b)"
        r"|this\s+day\s+(?P<day_later>week|fortnight)(?![\w'’-])(?!\s+after\b))",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "day", "offset": "@week_from|@day_later"},
        "examples": [
            ("The talks resume a week today.", "2025-03-17", "2025-03-10"),
            ("Results are due a week from tomorrow.", "2025-03-18", "2025-03-10"),
            ("The fire broke out a week yesterday.", "2025-03-02", "2025-03-10"),
            ("He died a week ago today.", None),
            ("It is a week today since the earthquake struck.", None),
            ("The election is a fortnight today.", "2025-03-24", "2025-03-10"),
            ("The verdict came a fortnight yesterday.", "2025-02-23", "2025-03-10"),
            ("The results will be issued this day week.", "2025-03-17", "2025-03-10"),
            ("The government will unveil its plan this day fortnight.", "2025-03-24", "2025-03-10"),
            ("The same faces turn up on this day week after week.", None),
        ],
    },
    {
        "name": "weekday_pod_set",
        # The plural part of the day makes it a habit: "flights leave on Tuesday nights".
        "pattern": r"(?:(?:on|every|each)\s+)?(?P<weekday>%WEEKDAY%)\s+"
        r"(?P<pod>morning|afternoon|evening|night)s(?![\w'’])",
        "type": "SET",
        "symbol": {"kind": "set", "weekday_of_set": "@weekday", "unit": "week", "part_of_day": "@pod"},
        "examples": [
            ("Flights leave Bombay on Tuesday nights from March 30.", "XXXX-WXX-2TNI"),
            ("Flights leave on Monday and Tuesday nights.", "XXXX-WXX-2TNI"),
            ("The market is quiet on Sunday mornings.", "XXXX-WXX-7TMO"),
            ("on Saturday night's show", None),
        ],
    },
    {
        "name": "that_weekday",
        # "That Friday, convoys crossed", "on that Friday": the Friday of the week the story is in.
        # Not "said that Friday's talks failed", where "that" is a conjunction.
        "pattern": r"(?:on\s+that|(?-i:That))\s+(?P<weekday>%WEEKDAY%)%NOT_NAME%(?![\w'’-])",
        "type": "DATE",
        "symbol": {"kind": "weekday", "weekday": "@weekday", "offset": "0", "anchor": "narrative"},
        "examples": [
            (
                "The ceasefire was announced on Wednesday, 12 March. That Friday, aid crossed.",
                "2025-03-14",
                "2025-03-20",
            ),
            ("Officials said that Friday's talks had failed.", None),
        ],
        "strip_prefix": True,
    },
    {
        "name": "weekday_marks_anniversary",
        # "Thursday marks 80 years since the end of the war", "Thursday is the 80th anniversary of
        # VE Day": the day is the anniversary's, today or to come, though "marks" and "is" have no
        # tense of their own.  Only a weekday that is the subject, first in its sentence or clause:
        # in "the attack on Monday marks an escalation" or "the attack Monday marks 10 years since…"
        # the day is the attack's.
        "pattern": r"(?<![\w,'’]\s)(?<![\w'’-])(?P<weekday>%WEEKDAY%)(?=\s+(?:marks|is)\s+(?:"
        r"the\s+(?:[\w-]+\s+){0,2}anniversary"
        r"|(?:exactly\s+|precisely\s+)?(?:\d{1,3}(?:,\d{3})*|[a-z]+(?:-[a-z]+)?|half\s+a|a\s+full|a)"
        r"\s+(?:years?|months?|weeks?|days?|decades?|century|centuries)\s+(?:since|after|of)\s"
        r"|the\s+\d+(?:st|nd|rd|th)\s+day\s+of\s))",
        "type": "DATE",
        "symbol": {"kind": "weekday", "weekday": "@weekday", "direction": "future"},
        "examples": [
            ("Thursday marks 80 years since the end of the Second World War in Europe.", "2025-03-20"),
            ("Saturday marks the third anniversary of the invasion.", "2025-03-15"),
            ("Monday marks one year since the fall of Assad.", "2025-12-08", "2025-12-04"),
            ("The attack on Monday marks 10 years since the last such bombing.", None),
            ("The attack Monday marks 10 years since the last such bombing.", None),
            ("Tuesday marks 1,000 days since the full-scale invasion.", "2025-03-18"),
            ("Friday marks the 100th day of the strike.", "2025-03-21"),
            ("Thursday is the 80th anniversary of VE Day.", "2025-03-20"),
        ],
    },
    {
        "name": "weekday_pod",
        # "praised following Tuesday's raid": there "following" means "after", and the raid was on
        # the Tuesday just past, not the one to come.
        "pattern": r"(?:(?:earlier|later)\s+(?:on\s+)?)?(?:(?:late|early)\s+(?:on\s+)?)?(?:"
        r"(?:the\s+(?=(?:previous|following|preceding)\s))?"
        r"(?P<shift>%SHIFT%)\s+(?!(?<=following\s)(?:%WEEKDAY%)['’]s\b))?"
        r"(?P<weekday>%WEEKDAY%)"
        r"%NOT_NAME%(?:\s+(?P<pod>%PART_OF_DAY%))?(?!\s+(?:week(?![\w-])|'s\s+(?:%UNIT%)))",
        "type": "DATE",
        "tense": True,
        "symbol": {
            "kind": "weekday",
            "weekday": "@weekday",
            "offset": "@shift",
            "part_of_day": "@pod",
        },
        "examples": [
            ("praised following Tuesday's raid", "2025-03-11"),
            (
                "The jury convicted him on Thursday, 6 March. He was sentenced the following Monday.",
                "2025-03-10",
            ),
            ("on Tuesday", "2025-03-11"),
            ("Tuesday evening", "2025-03-11TEV"),
            ("late on Friday", "2025-03-14"),  # TimeML: "late" is no part of day
            ("last Friday", "2025-03-07"),  # not yesterday: see resolve._weekday
            ("next Tuesday", "2025-03-18"),
            ("this Saturday", "2025-03-15"),
            ("Saturday morning", "2025-03-15TMO"),
            ("the Sunday Times", None),
        ],
    },
    {
        "name": "weekday_plural_set",
        # "on Mondays", "works Saturdays", "Mondays and Fridays": a plural weekday recurs.  Not the
        # movement "Fridays for Future".
        "pattern": r"(?:(?:on|every|each)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday)s(?![\w'’])(?!\s+for\s+future\b)",
        "type": "SET",
        "symbol": {"kind": "set", "weekday_of_set": "@weekday", "unit": "week"},
        "examples": [
            ("on Mondays", "XXXX-WXX-1"),
            ("The farmers market runs from 8 a.m. to noon Saturdays through October.", "XXXX-WXX-6"),
            ("Fridays for Future marched again.", None),
        ],
    },
    {
        "name": "every_weekday",
        # "Every other Monday" is of Mondays too, not of one.
        "pattern": r"(?:every(?:\s+(?:other|second|third|fourth))?|each)\s+(?P<weekday>%WEEKDAY%)"
        r"(?:\s+(?P<pod>morning|afternoon|evening|night)(?![\w'’-]))?",
        "type": "SET",
        "symbol": {"kind": "set", "weekday_of_set": "@weekday", "unit": "week", "part_of_day": "@pod"},
        "examples": [
            ("every Monday", "XXXX-WXX-1"),
            ("he presented the show every Saturday night", "XXXX-WXX-6TNI"),
            ("bins are emptied every other Monday", "XXXX-WXX-1"),
        ],
    },
    {
        "name": "every_month",
        # "each July", "every summer": the month or season of every year (TIMEX3 "XXXX-07").
        "pattern": r"(?:every|each)\s+(?:(?P<month>%MONTH_FULL%)|(?P<season>%SEASON%))(?![\w-])",
        "type": "SET",
        "symbol": {"kind": "set", "month": "@month", "season": "@season"},
        "examples": [("Orangemen march each July", "XXXX-07"), ("every summer", "XXXX-SU")],
    },
    # ---- months, seasons, quarters, years ---------------------------------------------------------
    {
        "name": "month_year",
        "pattern": r"(?:(?P<mod>%MODIFIER%)\s*)?(?P<month>%MONTH%)(?:\s+of)?%COMMA%(?:(?P<year>%YEAR4%"
        r"|'\d\d)(?!\d|,\d)"
        r"|(?P<year_words>%YEAR_SPELLED%))",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year|@year_words", "month": "@month", "mod": "@mod"},
        "examples": [
            ("March 2025", "2025-03"),
            ("early April 2024", "2024-04"),
            ("Feb. 1998", "1998-02"),
            ("January nineteen ninety-seven", "1997-01"),
            ("mid-March 2025", "2025-03"),
        ],
    },
    {
        "name": "shift_month",
        "pattern": r"(?:(?P<mod>%MODIFIER%)\s*)?(?P<shift>last|next|this|this\s+coming|this\s+past|past"
        r"|coming)\s+"
        r"(?P<month>%MONTH_FULL%)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "month": "@month", "offset": "@shift", "mod": "@mod"},
        "examples": [
            ("last April", "2024-04"),
            ("next May", "2025-05"),
            ("this March", "2025-03"),
            ("last February", "2025-02"),
            ("this September", "2025-09"),
            ("last December", "2024-12"),
            ("last March", "2024-03"),
            ("last April", "1989-04", "1989-11-02"),
            ("this past January", "2025-01"),
            ("this past April", "2024-04"),
            ("next March", "2026-03"),
            ("next February", "2026-02"),
            ("this coming May", "2025-05"),
            ("this coming February", "2026-02"),
        ],
    },
    {
        "name": "month_shift_year",
        # "June last year": the month of the shifted calendar year.
        "pattern": r"(?:(?P<mod>%MODIFIER%)\s*)?(?P<month>%MONTH_FULL%)\s+(?:of\s+)?(?P<year_shift>last"
        r"|this|next)\s+year",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "year",
            "month": "@month",
            "offset": "@year_shift",
            "mod": "@mod",
        },
        "examples": [
            ("June last year", "2024-06"),
            ("January this year", "2025-01"),
            ("in May next year", "2026-05"),
        ],
    },
    {
        "name": "bank_holiday",
        # "the August bank holiday", "the May Day bank holiday": before the month, season and holiday
        # rules, which would read their first word.
        "pattern": r"(?P<bank_holiday>%BANK_HOLIDAY%)(?:,?\s+(?P<year>%YEAR4%))?(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "feast": "@bank_holiday", "year": "@year"},
        "examples": [
            ("The May Day bank holiday is on Monday 5 May.", "2025-05-05"),
            ("Traffic was heavy over the August bank holiday.", "2024-08-26"),
            ("Rail works are planned for the spring bank holiday.", "2025-05-26"),
            ("the Early May bank holiday 2026", "2026-05-04"),
        ],
    },
    {
        "name": "modified_month",
        "pattern": r"(?P<mod>%MODIFIER%)\s*(?P<month>%MONTH_FULL%)(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "month": "@month", "mod": "@mod"},
        "examples": [
            ("mid-March", "2025-03"),
            ("early April", "2025-04"),
            ("talks are expected in late-June", "2025-06"),
            ("the end of February", "2025-02"),
        ],
    },
    {
        "name": "holiday_shift_year",
        # "at Christmas last year", "Easter next year", "Black Friday this year": the holiday of the
        # shifted calendar year, whatever the tense ("sales at Christmas this year" is this year's,
        # said in June or January), not the occurrence nearest in the tense.
        "pattern": r"(?:(?!(?-i:May\s+day)\b)(?P<holiday>%HOLIDAY%)|(?P<feast>%FEAST%))\s+(?:of\s+)?"
        r"%YEAR_SHIFT%",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "year",
            "holiday": "@holiday",
            "feast": "@feast",
            "offset": "@year_shift",
        },
        "examples": [
            ("The shop was closed at Christmas last year.", "2024-12-25", "2025-06-10"),
            ("The storm hit on Christmas Day last year.", "2024-12-25", "2025-12-30"),
            ("Fireworks are planned for New Year's Eve this year.", "2025-12-31", "2025-06-10"),
            ("Halloween next year falls on a Saturday.", "2026-10-31", "2025-06-10"),
            ("Attendance at Easter last year was lower.", "2024-03-31", "2025-06-10"),
            ("Sales on Black Friday last year rose 3 per cent.", "2024-11-29", "2025-06-10"),
            ("Shoppers spent less on Black Friday this year.", "2025-11-28", "2025-12-02"),
            ("Retailers expect a busy Thanksgiving this year.", "2025-11-27", "2025-06-10"),
            ("The cathedral reopens at Easter next year.", "2026-04-05", "2025-06-10"),
        ],
    },
    {
        "name": "holiday",
        # "on Christmas Day", "since New Year's Eve 2005": a fixed day of the year (words.HOLIDAY).
        # Before the month: "May Day" is a holiday.  With a shift word, "last Christmas", "next New
        # Year's Eve": the latest before the reference's day, the first after it, whatever the
        # tense; "this Christmas" this year's, or by the tense the one just gone or the one to come.
        "pattern": r"(?:%HOLIDAY_SHIFT%)?(?!(?-i:May\s+day)\b)(?P<holiday>%HOLIDAY%)"
        # A Christmas tree or card is no date.
        r"(?:,?\s+(?P<year>%YEAR4%))?(?![\w-])(?!\s+(?:trees?|cards?|carols?|lights|decorations|puddings?|albums?|songs?|island|cactus"
        r"|crackers?|stockings?|jumpers?|movies?|films?|specials?|stars?)\b)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "holiday": "@holiday", "year": "@year", "offset": "@shift"},
        "examples": [
            ("Biden's last Christmas in the White House will be a quiet one.", "2024-12-25", "2024-12-20"),
            ("Retailers said sales this Christmas were the weakest in a decade.", "2025-12-25", "2026-01-05"),
            ("Shops hope to do better this Christmas.", "2026-12-25", "2026-01-05"),
            ("Sales slumped last Christmas.", "2024-12-25"),
            ("The market will open next Christmas.", "2025-12-25"),
            ("Sales could fall by a fifth this Christmas.", "2025-12-25"),
            ("Crowds were bigger than last Halloween", "2024-10-31"),
            ("Sales slumped last Christmas.", "2025-12-25", "2026-01-03"),
            ("Queues were shorter than last Christmas.", "2024-12-25", "2025-12-25"),
            ("The tower will be lit next New Year's Eve.", "2025-12-31", "2025-12-30"),
            ("It will be their last Christmas together.", "2025-12-25", "2025-06-01"),
            ("the last Christmas tree on sale", None),
            ("federal offices will close on Juneteenth", "2025-06-19"),
            ("Edinburgh's Hogmanay celebrations were cancelled", "2024-12-31"),
            ("shops closed on Christmas Day", "2024-12-25"),
            ("Thousands joined May Day rallies across Europe.", "2025-05-01", "2025-05-02"),
            ("In May day trips to the coast rose 20%.", None),
            ("talks will resume after New Year's Day", "2026-01-01"),
            ("on Christmas Eve 2005", "2005-12-24"),
            ("Boxing Day sales", "2024-12-26"),
            ("Shops reopen on St Stephen's Day.", "2025-12-26"),
            ("The hoax was published on April Fools' Day.", "2025-04-01"),
            ("a Christmas tree", None),
            ("the christmas spirit", None),
        ],
    },
    {
        "name": "month",
        # Not before a hyphen ("May-based"), but before another month: "January-October" and
        # "January-to-October" are ranges.
        "pattern": r"(?P<month>%MONTH_FULL%)(?!\w|-(?!(?:(?:%RANGE_WORD%)-)?(?:%MONTH%)(?![\w-])))(?!\s+\d)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "month": "@month"},
        "examples": [
            ("in March", "2025-03"),
            ("in January", "2025-01"),
            ("in November", "2024-11"),
            ("May I", None),
            ("will march on", None),
            ("Theresa May said", None),
            ("in January-October", "2024-01"),  # a period gone by (see tag._range_end_symbol)
            ("in the January-to-October period", "2024-01"),
        ],
    },
    {
        "name": "abbreviated_month_range",
        # An abbreviated month is a month in a range of them: "Jan-Oct", "Jan.-March", "Sept-Oct"
        # (alone, "Jan" and "Mar" are too often names and words).
        "pattern": r"(?P<month>%MONTH%)(?=[-–](?:%MONTH%)(?![\w-]))"
        r"|%AFTER_MONTH_DASH%(?P<month2>%MONTH%)(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "month": "@month|@month2"},
        "examples": [
            ("China's Jan-Oct fixed-asset investment rose 5.2%", "2024-01"),
            ("Output in the Jan.-March quarter fell", "2025-01"),
            ("Jan-Erik Larsen said", None),
            ("Kim Jun-ho said", None),
        ],
    },
    {
        "name": "narrative_month_season",
        # "By that summer", "until that September": of the year the story is in.
        # Not "said that September was the hottest", where "that" is a conjunction: only after a
        # preposition, "earlier"/"later", or opening a sentence.
        "pattern": r"(?:(?:earlier|later)\s+(?:in\s+)?that"
        r"|(?:in|by|until|till|during|of|on|from|since|over)\s+that|(?-i:That))\s+"
        r"(?:(?P<month>%MONTH_FULL%)|(?P<season>spring|summer|autumn|fall|winter))(?![\w-])",
        "type": "DATE",
        "symbol": {
            "kind": "calendar",
            "month": "@month",
            "season": "@season",
            "offset": "0",
            "anchor": "narrative",
        },
        "examples": [
            ("The war began in February 2022. By that summer, Russian forces had withdrawn.", "2022-SU"),
            ("Schools closed on March 16, 2020. They did not reopen until that September.", "2020-09"),
            ("He was diagnosed in the spring of 2023. That autumn, he stepped down.", "2023-FA"),
            ("Scientists said that September was the hottest on record.", None),
        ],
        "strip_prefix": True,
    },
    {
        "name": "season_shift_year",
        # "by spring next year", "the summer of last year": the season of the shifted calendar year.
        # Not "fall", a verb before a year as often as not ("inflation is expected to fall next year").
        "pattern": r"(?:(?P<mod>%MODIFIER%)\s*)?(?:the\s+)?(?P<season>spring|summer|autumn|winter)\s+"
        r"(?:of\s+)?%YEAR_SHIFT%",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "year",
            "season": "@season",
            "offset": "@year_shift",
            "mod": "@mod",
        },
        "examples": [
            ("to resolve the dispute by spring next year", "2026-SP"),
            ("in the summer of last year", "2024-SU"),
            ("late autumn this year", "2025-FA"),
            ("Inflation is expected to fall next year.", None),
        ],
    },
    {
        "name": "season_year",
        "pattern": r"(?:(?P<mod>%MODIFIER%)\s*)?(?:the\s+)?(?P<season>%SEASON%)\s+(?:of\s+)?"
        r"(?:(?P<year>%YEAR4%|(?<=of\s)'\d\d(?![\w'’]))|(?P<year_words>%YEAR_SPELLED%))",
        "type": "DATE",
        "symbol": {"kind": "calendar", "season": "@season", "year": "@year|@year_words", "mod": "@mod"},
        "examples": [
            ("the winter of nineteen ninety-four", "1994-WI"),
            ("She met her husband in the spring of '68.", "1968-SP"),
            ("spring 2025", "2025-SP"),
            ("the summer of 1998", "1998-SU"),
            ("late autumn 2024", "2024-FA"),
        ],
    },
    {
        "name": "shift_season",
        "pattern": r"(?:(?P<mod>%MODIFIER%)\s*)?(?P<shift>last|next|this|this\s+coming|this\s+past|coming"
        r"|past)\s+"
        r"(?P<season>%SEASON%)(?!\s+%SEASONAL_KIND%\b)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "season": "@season", "offset": "@shift", "mod": "@mod"},
        "examples": [
            ("this summer", "2025-SU"),
            ("The region braced for this winter storm.", None),
            ("last autumn", "2024-FA"),
            ("last spring", "2024-SP"),
            ("last spring", "1988-SP", "1989-11-01"),
            ("this winter", "2024-WI", "2025-01-20"),
            ("this summer", "2025-SU", "2025-01-20"),
            ("next summer", "2025-SU"),
            ("next spring", "2026-SP", "2025-04-20"),
            ("next winter", "2025-WI", "2025-01-20"),
            ("coming winter", "2024-WI", "2024-12-14"),
        ],
    },
    {
        "name": "feast",
        # "the Easter truce", "by Thanksgiving", "Orthodox Easter 2025": a holiday whose day moves;
        # "next Easter", "last Thanksgiving" as a shifted ``holiday``.
        "pattern": r"(?:%HOLIDAY_SHIFT%)?(?P<feast>%FEAST%)(?:,?\s+(?P<year>%YEAR4%))?(?![\w-])"
        r"(?!\s+(?:eggs?|bunny|bunnies|island|rising|uprising|parade|turkey)\b)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "feast": "@feast", "year": "@year", "offset": "@shift"},
        "examples": [
            ("The cathedral will reopen next Easter.", "2026-04-05", "2025-06-11"),
            ("The cathedral reopened last Easter.", "2025-04-20", "2025-06-11"),
            ("Turnout was lower than last Thanksgiving.", "2024-11-28"),
            ("Prices rose this Easter.", "2025-04-20", "2025-06-11"),
            ("Talks are due to resume after next Easter.", "2025-04-20"),
            ("the last Easter parade", None),
            ("revellers packed New Orleans for Mardi Gras", "2025-03-04", "2025-03-06"),
            ("Putin declared an Easter truce", "2025-04-20"),
            ("over Orthodox Easter 2024", "2024-05-05"),
            ("shops close on Good Friday", "2025-04-18"),
            ("talks collapsed at Thanksgiving", "2024-11-28"),
            ("markets were closed on MLK Day", "2025-01-20"),
            ("the parade on Father's Day", "2025-06-15", "2025-06-02"),
            ("record sales on Black Friday", "2024-11-29", "2024-12-02"),
            ("a truce over Palm Sunday", "2025-04-13"),
            ("the strike ends before Memorial Day", "2025-05-26"),
            ("veterans gathered on Remembrance Sunday", "2024-11-10", "2024-11-12"),
            ("the Easter Rising", None),
        ],
    },
    {
        "name": "civic_day",
        # The United States' days of state (words.CIVIC_DAY), capitalized: "Election Day" is the
        # Tuesday after the first Monday of November, "Inauguration Day" 20 January every four years
        # ("Inauguration Day" said in 2026 is January 2025's or 2029's, by the tense); "election day"
        # in lower case is any election's, which the text must date.
        "pattern": r"(?-i:(?P<civic>%CIVIC_DAY%)\s+Day)(?:,?\s+(?P<year>%YEAR4%))?(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "feast": "@civic", "year": "@year"},
        "examples": [
            ("Voters head to the polls on Election Day", "2024-11-05", "2024-10-20"),
            ("the count after Election Day 2020", "2020-11-03"),
            ("turnout on election day in Britain", None),
            ("Security will be tight on Inauguration Day.", "2025-01-20", "2024-12-10"),
            ("Protesters marched on Inauguration Day.", "2025-01-20", "2026-03-01"),
            ("the crowd on Inauguration Day 2009", "2009-01-20"),
        ],
    },
    {
        "name": "season",
        "pattern": r"(?:the\s+)?(?:(?P<mod>%MODIFIER%)\s*)?(?:the\s+)?"
        # A capitalized season before a capitalized word is a name: news writes seasons in lower case
        # ("British Summer Time", "the Spring Festival", "Summer Walker"); but not in a headline in
        # capitals or in title case, whose next word is capitalized too ("Rates Could Fall By Autumn
        # Says Bank Chief").
        r"(?!(?-i:[A-Z][a-z]+)[^\S\n]+(?-i:[A-Z][a-z])[\w'’-]*(?![\w'’-])(?![^\S\n]+(?-i:[A-Z][a-z])))"
        r"(?P<season>spring|summer|autumn|winter)(?![\w-])"
        r"(?!\s+(?:school|olympics|games|offensive|session|term|palace|camp|statement|budget|fuel|water"
        # ... nor a kind of thing: "a winter storm warning", "summer clothes", "winter wheat".
        r"|%SEASONAL_KIND%|bank\s+holidays?)\b)"
        # Nor the verb after "to" or a modal: "hoping to spring a surprise", "could spring into action"
        # (but "by spring a new board", "from spring into autumn").
        r"(?!(?:(?<=\bto\sspring)|(?<=\bcan\sspring)|(?<=\bcould\sspring)|(?<=\bwill\sspring)"
        r"|(?<=\bmay\sspring)|(?<=\bmight\sspring)|(?<=\bwould\sspring))\s+(?:a|an|into|up|back)\b)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "season": "@season", "mod": "@mod"},
        "examples": [
            ("in the spring", "2025-SP"),
            ("the summer", "2025-SU"),
            ("The Autumn Budget raised taxes", None),
            ("the winter fuel payment", None),
            ("The weather service issued a winter storm warning for Sunday.", None),
            ("Chinese families gathered for the Spring Festival.", None),
            ("The singer Summer Walker cancelled her show.", None),
            ("Firefighters had to spring into action.", None),
            ("Summer is coming.", "2025-SU"),
            ("Rates Could Fall By Autumn Says Bank Chief", "2025-FA"),
            ("BRITAIN BRACES FOR HOTTEST SUMMER ON RECORD", "2025-SU"),
            ("By spring a new board will be in place.", "2025-SP"),
        ],
    },
    {
        "name": "quarter_year",
        "pattern": r"(?:(?:the\s+)?(?P<quarter>first|second|third|fourth|final|1st|2nd|3rd"
        r"|4th)[-\s]quarter|Q(?P<q>[1-4]))"
        r"(?:\s+of)?%COMMA%(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s?)?(?P<year>%YEAR%|%AFTER_FY%\d\d)(?!\d|,\d)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "quarter": "@quarter|@q", "year": "@year", "fiscal": "@fiscal"},
        "examples": [
            ("the first quarter of 2025", "2025-Q1"),
            ("Q3 2024", "2024-Q3"),
            ("third-quarter 1989", "1989-Q3"),
            # A fiscal quarter is valued in the fiscal year it names, as "Q3 FY2026" is.
            ("Infosys reported its Q1FY26 results on Thursday.", "2026-Q1", "2025-07-20"),
            ("Q3 FY26 revenue", "2026-Q3", "2025-07-20"),
        ],
    },
    {
        "name": "year_quarter",
        "pattern": r"the\s+(?P<year>%YEAR4%)\s+(?P<quarter>first|second|third|fourth|final|1st|2nd|3rd"
        r"|4th)[-\s]quarter",
        "type": "DATE",
        "symbol": {"kind": "calendar", "quarter": "@quarter", "year": "@year"},
        "examples": [("the 1988 second quarter", "1988-Q2")],
    },
    {
        "name": "year_period",
        # "the 1988 quarter", "the 1989 period": the period under discussion, in the year named.
        "pattern": r"the\s+(?P<year>%YEAR4%)\s+(?:quarter|period)(?![\w-])",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "quarter",
            "offset": "0",
            "year": "@year",
            "anchor": "narrative",
            "direction": "past",
        },
        "examples": [
            ("Profit fell in the third quarter from $2 million in the 1988 quarter.", "1988-Q3"),
            ("Sales in the first nine months rose from the 1988 period.", "1988"),
        ],
    },
    {
        "name": "year_s_quarter",
        "pattern": r"(?P<shift>last|this|next)\s+year'?s\s+(?P<quarter>first|second|third|fourth|final"
        r"|1st|2nd|3rd|4th)"
        r"[-\s]quarter",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "@shift", "quarter": "@quarter"},
        "examples": [("this year's third quarter", "2025-Q3"), ("next year's first quarter", "2026-Q1")],
    },
    {
        "name": "period_of_shift_year",
        # "the first quarter of next year", "the second half of last year": that year's quarter or half.
        "pattern": r"(?:the\s+)?(?:(?P<quarter>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]quarter"
        r"|(?P<half>first|second|1st|2nd|last|latter)\s+half)\s+of\s+(?P<shift>last|this|next)\s+year(?![\w'’-])",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "year",
            "offset": "@shift",
            "quarter": "@quarter",
            "half": "@half",
        },
        "examples": [
            ("Deliveries will resume in the first quarter of next year.", "2026-Q1"),
            ("Profits slumped in the fourth quarter of last year.", "2024-Q4"),
            ("The plant should be running by the first half of next year.", "2026-H1"),
            ("Revenue rose in the 2nd half of last year.", "2024-H2"),
            ("Italy will host the second half of next year's tournament.", None),
        ],
    },
    {
        "name": "q_quarter",
        "pattern": r"Q(?P<quarter>[1-4])(?![\w-])",
        "type": "DATE",
        # As "quarter" below.
        "symbol": {"kind": "calendar", "quarter": "@quarter", "direction": "past"},
        "examples": [("in Q4", "2024-Q4")],
    },
    {
        "name": "quarter_when",
        # The time of the clause's action ("will publish its rules in the second quarter"): its tense
        # decides, and without one it is the latest begun, as below.  A quarter the figures are of
        # ("will report fourth-quarter results") is the one below.
        "pattern": r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\bbefore\s)|(?<=\buntil\s))"
        r"the\s+(?P<quarter>first|second|third|fourth|1st|2nd"
        r"|3rd|4th)\s+quarter(?![\w-])"
        r"(?!\s+of\b)(?!\s+(?:%FIGURES%)\b)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "quarter": "@quarter", "direction": "past"},
        "examples": [
            ("The regulator will publish final rules in the second quarter", "2026-Q2", "2026-03-13"),
            ("profit rose 5% in the second quarter", "2025-Q2", "2026-01-30"),
            ("sales fell in the third quarter", "1989-Q3", "1989-10-26"),
        ],
    },
    {
        "name": "quarter",
        # "the third quarter" but "the [third-quarter results]": a hyphenated quarter is an adjective.
        "pattern": r"(?:(?:the\s+)?fiscal[-\s]|the\s+(?=\w+\s))?"
        r"(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter"
        r"(?!\s+of\s+(?:a|an|the)\b)"
        r"(?!\s+(?:mile|century|final)\b)",
        "type": "DATE",
        # Business news reports quarters once they have begun: "the first quarter" in November is
        # this year's, and so is "will report fourth-quarter results" in January.
        "symbol": {"kind": "calendar", "quarter": "@quarter", "direction": "past"},
        "examples": [
            ("the third quarter", "1989-Q3", "1989-10-26"),
            ("third-quarter", "1989-Q3", "1989-10-26"),
            ("the fiscal first quarter", "1989-Q1", "1989-11-02"),
            ("for the fiscal-first quarter ended Sept. 30", "1989-Q1", "1989-10-26"),
            ("net income for the fiscal second-quarter", "1989-Q2", "1989-10-26"),
            ("will report fourth-quarter results next week", "2025-Q4", "2026-01-30"),
        ],
    },
    {
        "name": "half_year",
        "pattern": r"(?:the\s+)?(?P<half>first|second|1st|2nd|last|latter)\s+half\s+(?:of\s+)?(?:"
        r"(?P<year>%YEAR4%)|the\s+year)",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "half": "@half", "year": "@year"},
        "examples": [
            ("the first half of 2025", "2025-H1"),
            ("the last half of 1989", "1989-H2"),
            ("the second half of the year", "2025-H2", "2025-10-01"),
        ],
    },
    {
        "name": "half_figures",
        # "first-half profit": the half-year the figures are of, the latest begun (as a quarter's);
        # not a match's "first-half goal".
        "pattern": r"(?P<half>first|second|1st|2nd)-half(?=\s+(?:%FIGURES%)\b)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "half": "@half", "direction": "past"},
        "examples": [
            ("The company's first-half profit fell 12%.", "2025-H1", "2025-08-01"),
            ("He scored a first-half goal.", None),
        ],
    },
    {
        "name": "h_half",
        "pattern": r"H(?P<half>[12])%COMMA%(?P<fiscal>FY\s?)?(?P<year>%YEAR4%|%AFTER_FY%\d\d)(?!\d|,\d)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "half": "@half", "year": "@year", "fiscal": "@fiscal"},
        "examples": [("H1 2025", "2025-H1"), ("H2 FY25 profit", "2025-H2", "2025-08-20")],
    },
    {
        "name": "compact_period",
        # Analysts' "1H25", "2H24", "4Q24", "3Q 2024": a half or a quarter of the year named.
        "pattern": r"(?-i:(?:(?P<half>[12])H|(?P<q>[1-4])Q))\s?(?P<year>(?:19|20)?\d\d)(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "calendar", "half": "@half", "quarter": "@q", "year": "@year"},
        "examples": [
            ("Revenue rose 12% in 1H25.", "2025-H1"),
            ("4Q24 sales were flat.", "2024-Q4"),
            ("Shipments fell in 3Q 2024.", "2024-Q3"),
        ],
    },
    {
        "name": "month_period",
        # Australian business copy names a quarter or a half by the month that ends it: "the June
        # quarter" is April to June, "the December half" July to December.
        "pattern": r"the\s+(?:(?P<quarter_end>%MONTH_FULL%)\s+quarter|(?P<half_end>%MONTH_FULL%)\s+half)"
        r"(?![\w-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "calendar", "quarter": "@quarter_end", "half": "@half_end", "direction": "past"},
        "examples": [
            ("Output fell in the June quarter.", "2025-Q2", "2025-08-20"),
            ("Profit rose in the December half.", "2024-H2", "2025-02-20"),
            ("The miner says output will recover in the December quarter.", "2025-Q4", "2025-08-20"),
        ],
    },
    {
        "name": "fiscal_year",
        # A fiscal year across two calendar years is named by the one it ends in: "FY2024/25" is 2025.
        # India's assessment year ("AY 2025-26", April to March) is such a year too.
        "pattern": r"(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s?|AY\s?(?=(?:%YEAR4%|\d\d)[/-]\d\d))"
        r"(?:(?:%YEAR4%|\d\d)[/-](?P<year_end>\d\d)|(?P<year>%YEAR%|\d\d))(?!\d|,\d)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year|@year_end", "fiscal": "fiscal"},
        "examples": [
            ("fiscal 1989", "1989"),
            ("FY2025", "2025"),
            ("FY2024/25 profit", "2025"),
            ("FY24-25", "2025"),
            ("income tax returns for AY 2025-26", "2026"),
            ("Finnair flight AY1665 landed.", None),
        ],
    },
    {
        "name": "fiscal_year_span",
        # "the 2025-26 financial year", "the 2024/25 tax year": the year it ends in.
        "pattern": r"(?:the\s+)?%YEAR4%[/–-](?P<year_end>\d\d)\s+(?:financial|fiscal|tax|budget)\s+year"
        r"(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year_end", "fiscal": "fiscal"},
        "examples": [("in the 2025-26 financial year", "2026"), ("the 2024/25 tax year", "2025")],
    },
    {
        "name": "hundreds",
        # "the 1800s" is the century from 1800, not its first decade ("the 2000s" is that decade).
        "pattern": r"(?:the\s+)?(?:(?P<mod>%MODIFIER%)\s*)?(?:the\s+)?(?P<hundreds>1[5-9])00'?s(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "calendar", "century": "@hundreds", "mod": "@mod"},
        "examples": [
            ("The mill was built in the 1800s.", "18"),
            ("in the early 1900s", "19"),
            ("the 2000s", None),
        ],
    },
    {
        "name": "decade",
        # "the 90s" without its apostrophe only after "the" or a modifier: "in her 90s" is an age.
        "pattern": r"(?:the\s+)?(?:(?P<mod>%MODIFIER%)\s*)?(?:the\s+)?(?:(?P<decade>1[5-9]\d|20\d)0'?s|'"
        r"(?P<decade2>\d)0s|(?<=the\s)(?<!into\sthe\s)(?P<decade3>[3-9])0s(?!\s*(?:degrees|°|mph|km))|"
        # A decade word after "the" or a modifier, or capitalized ("a Sixties icon"): "temperatures
        # in the low thirties" are no decade.
        r"(?:(?<=the\s)|(?<=early\s)|(?<=late\s)|(?<=mid\s)|(?<=mid-)|(?-i:(?=[A-Z])))(?P<decade_word>%DECADE_WORD%))"
        r"(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "calendar", "decade": "@decade|@decade2|@decade3|@decade_word", "mod": "@mod"},
        "examples": [
            ("the 1990s", "199"),
            ("the late 1970s", "197"),
            ("the nineties", "199"),
            ("the '80s", "198"),
            ("the band was huge in the 90s", "199"),
            # Without the apostrophe, after a modifier or "into the", it is an age or a temperature.
            ("a man in his early 30s", None),
            ("highs in the mid-90s", None),
            ("temperatures will climb into the 90s", None),
            ("in her 90s", None),
            ("the noughties", "200"),
            ("a Sixties icon", "196"),
            ("Temperatures will be in the low thirties on Friday.", None),
        ],
    },
    {
        "name": "century",
        "pattern": r"(?:(?P<mod>%MODIFIER%)\s*)?(?:the\s+)?(?P<century>%ORDINAL%|\d\d?(?:st|nd|rd|th))"
        r"\s+century(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "calendar", "century": "@century", "mod": "@mod"},
        "examples": [
            ("the 20th century", "19"),
            ("the twenty-first century", "20"),
            ("a 20th century democrat", "19"),
        ],
    },
    {
        "name": "year_modified",
        "pattern": r"(?P<mod>%MODIFIER%)\s*(?P<year>%YEAR4%)(?!\d|,\d)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year", "mod": "@mod"},
        "examples": [("late 2024", "2024"), ("early 1998", "1998"), ("mid-2025", "2025")],
    },
    {
        "name": "year",
        # Before a dash only as the first of two years: "from 2010-2014", "(1948-2025)", "the
        # 2023-24 season" (the tagger drops it where no year closes the range: "2025-03"); "2025-03-1"
        # is something else.
        "pattern": r"(?<![\d.,$£€#/§-])(?<!§\s)(?<!\bpages\s)(?<!\bpp\.\s)(?P<year>%YEAR4%)"
        r"(?!\d|,\d|\.\d|-(?!(?:%YEAR4%|\d\d)(?![\d-]))\d|\s*(?:%|per\s?cent|percent))",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year"},
        "examples": [
            ("in 1998", "1998"),
            ("2025", "2025"),
            ("since 2014", "2014"),
            ("In 1995, he left", "1995"),
            ("1,998 people", None),
            ("In 2020 people stayed at home.", "2020"),
            ("In 2020 and 2021 passengers stayed away.", "2021"),
            ("He was mayor from 2010-2014.", "2010"),
            ("Since 2020 Broadway has struggled to recover.", "2020"),
            ("See pages 1800-1805 for details.", None),
            ("The suit was brought under 42 U.S.C. § 1983 in 2024.", "2024"),
            ("the 2023-24 season", "2023"),
            ("the 2025-03-1 build", None),
            ("a 2010-2014-2018 cycle", None),
            ("The charity needs 1500-2000 volunteers.", None),
            ("Salaries of 1800-1900 pounds a month", None),
        ],
    },
    {
        "name": "year_range_end",
        # "2010-2014", "(1948-2025)": the year closing a range opened by the year just before the
        # dash (the tagger checks that year, and that this one comes after it).  After an en dash
        # ("1948–2025") the year is tagged by ``year``.
        "pattern": r"(?P<year>%YEAR4%)%NO_COUNT_AFTER_YEAR%",
        "type": "DATE",
        "range_end": True,
        "symbol": {"kind": "calendar", "year": "@year"},
        "examples": [
            ("Mr Smith served as mayor from 2010-2014.", "2014"),
            ("Applications for the 2025/2026 academic year close on Friday.", "2026"),
            ("John Smith (1948-2025) was a founding member.", "2025"),
            ("The 2014-2010 figures", None),
            ("The Qing Dynasty (1644-1911) fell.", "1911"),
            ("Salaries of 1800-1900 pounds a month", None),
            ("Call 2025 2014", None),
        ],
    },
    {
        "name": "spelled_year",
        # Transcripts spell years out: "nineteen ninety-six", "the year two thousand".
        # Not a count: "for more than two thousand years" is a duration.
        "pattern": r"(?:the\s+year\s+)?(?P<year_words>%YEAR_SPELLED%)(?!\s+(?:%UNIT%)\b)",
        "type": "DATE",
        "symbol": {"kind": "calendar", "year": "@year_words"},
        "examples": [
            ("in nineteen ninety-six", "1996"),
            ("the year two thousand", "2000"),
            ("January nineteen ninety-seven", None),
            ("twenty-one people", None),
            ("for more than two thousand years", None),
        ],
    },
    # ---- relative days ---------------------------------------------------------------------------
    {
        "name": "day_before_yesterday",
        "pattern": r"the\s+day\s+(?P<which>before\s+yesterday|after\s+tomorrow)",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "day", "offset": "@which"},
        "examples": [("the day before yesterday", "2025-03-13"), ("the day after tomorrow", "2025-03-17")],
    },
    {
        "name": "narrative_step",
        # "The day before, leaders toured seats", "released the day after.": a day from the date told
        # last.  Followed by its event ("the day before the vote") it counts from that event instead.
        "pattern": r"the\s+(?:day|(?P<pod>morning|evening|night))\s+(?P<step>before|after)"
        r"(?=\s*(?:[,.;:!?)\"”]|$))",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "@step",
            "part_of_day": "@pod",
            "anchor": "narrative",
        },
        "examples": [
            ("The vote was on 4 July. The day before, leaders toured seats.", "2024-07-03"),
            ("The deal was agreed on 15 January and hostages were freed the day after.", "2025-01-16"),
            ("the night before, it rained", "2025-03-14TNI"),
            ("the day before the vote", None),
        ],
    },
    {
        "name": "narrative_unit_step",
        # "The week before, polls had shown…", "talks will begin the month before.": a week, month or
        # year from the date told last (followed by its event, "the week before the vote", it is not).
        "pattern": r"the\s+(?P<unit>week|month|year)\s+(?P<step>before|after)(?=\s*(?:[,.;:!?)\"”]|$))",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "@step", "anchor": "narrative"},
        "examples": [
            (
                "Lawmakers approved the budget on 12 March. The week before, polls had shown them trailing.",
                "2025-W10",
            ),
            (
                "The agreement expires on 31 March. Talks on a successor will begin the month before.",
                "2025-02",
            ),
            ("Turnout rose in the week before the vote.", None),
        ],
    },
    {
        "name": "last_night",
        # "Late last night" is still last night: the modifier is part of the extent, not of the value.
        "pattern": r"(?:(?:late|early)\s+)?"
        r"(?:(?P<which>last|tomorrow|yesterday)\s+night|(?P<tonight>tonight))",
        "type": "TIME",
        "symbol": {"kind": "relative", "unit": "day", "offset": "@which|@tonight", "part_of_day": "night"},
        "examples": [
            ("last night", "2025-03-14TNI"),
            ("tonight", "2025-03-15TNI"),
            ("The fire started late last night.", "2025-03-14TNI"),
        ],
    },
    {
        "name": "overnight_weekday",
        # "The M50 will close overnight on Saturday", "a man was arrested overnight Saturday": that
        # day's night, told as "Saturday night" is; the tense finds the day.
        "pattern": r"overnight\s+(?:on\s+)?(?P<weekday>%WEEKDAY%)%NOT_NAME%"
        r"(?!\s+(?:%PART_OF_DAY%|week)(?![\w-]))(?!['’]s\s)",
        "type": "TIME",
        "tense": True,
        "symbol": {"kind": "weekday", "weekday": "@weekday", "part_of_day": "night"},
        "examples": [
            ("The M50 will close overnight on Saturday for resurfacing works.", "2025-03-15TNI"),
            ("A man was arrested overnight Saturday after a stabbing.", "2025-03-15TNI", "2025-03-17"),
            ("Heavy rain is expected overnight on Tuesday into Wednesday.", "2025-03-18TNI"),
            ("Roads were closed overnight Sunday night.", None),
        ],
    },
    {
        "name": "overnight_into_day",
        # "Rescuers recovered five bodies overnight and this morning", "fighting raged overnight
        # and into Sunday": the night that ended on the day named next, not one counted from a day
        # the story told paragraphs before.
        "pattern": r"overnight(?=\s+(?:and\s+(?:into\s+|on\s+|early\s+)?|into\s+(?:early\s+)?)"
        r"(?:this\s+(?:%PART_OF_DAY%)|today|%WEEKDAY%)(?![\w'’-]))",
        "type": "TIME",
        "symbol": {**NIGHT_BEFORE, "anchor": "following", "direction": "past"},
        "examples": [
            ("Rescuers recovered five more bodies overnight and this morning.", "2025-03-14TNI"),
            ("Heavy fighting raged overnight and into Sunday.", "2025-03-15TNI", "2025-03-17"),
            ("Crews worked overnight into early Tuesday to restore power.", "2025-03-17TNI", "2025-03-19"),
            ("Crews worked overnight and the roads reopened.", None),
        ],
    },
    {
        "name": "overnight_before_noun",
        # "after overnight losses on Wall Street", "an overnight missile attack": the night before the
        # day told, whatever the tense of the sentence ("stocks are set to open lower after overnight
        # losses").  An overnight rate or stay is no date.
        "pattern": r"overnight(?![\w-])(?!\s+(?:%OVERNIGHT_NO_DATE%)\b)"
        r"(?=\s+(?!(?:%NOT_A_NOUN_AFTER_TIME_WORD%)\b)[a-z])",
        "type": "TIME",
        "symbol": {**NIGHT_BEFORE, "anchor": "narrative"},
        "day_of_its_sentence": True,
        "examples": [
            ("Stocks are set to open lower after overnight losses on Wall Street.", "2025-03-14TNI"),
            ("The army will respond to an overnight missile attack.", "2025-03-14TNI"),
            ("Shares closed lower Friday after overnight losses in New York.", "1989-10-26TNI", "1989-10-30"),
            ("Temperatures will drop below freezing overnight, with ice likely.", None),
        ],
    },
    {
        "name": "overnight",
        # The night that ended on the day being told: "shares fell Friday after overnight losses in
        # New York" is Thursday night; in a forecast, the night to come ("temperatures will drop
        # overnight").  An overnight rate or stay is no date.
        "pattern": r"overnight(?![\w-])(?!\s+(?:%OVERNIGHT_NO_DATE%)\b)",
        "type": "TIME",
        "symbol": {**NIGHT_BEFORE, "anchor": "narrative", "direction": "past"},
        "tense": True,
        "day_of_its_sentence": True,
        "examples": [
            ("rebels attacked the town overnight", "2025-03-14TNI"),
            ("Temperatures will drop below freezing overnight.", "2025-03-15TNI"),
            ("Overnight, temperatures will fall as low as -5C.", "2025-03-15TNI"),
            ("it raised its overnight interest rate", None),
            ("an overnight stay", None),
        ],
    },
    {
        "name": "this_pod",
        "pattern": r"(?:this|today's)\s+(?P<pod>morning|afternoon|evening|arvo)(?![\w-])",
        "type": "TIME",
        "symbol": {"kind": "relative", "unit": "day", "offset": "0", "part_of_day": "@pod"},
        "examples": [("this morning", "2025-03-15TMO"), ("The RBA cut rates this arvo.", "2025-03-15TAF")],
    },
    {
        "name": "narrative_shift_pod",
        # "The next morning", "that evening", "later that night": a part of the day told last, or of
        # the one after or before it.
        "pattern": r"(?:(?:earlier|later)\s+(?=that\b))?"
        r"(?P<shift>the\s+(?:next|following|previous|same)|that)\s+"
        r"(?P<pod>morning|afternoon|evening|night)(?![\w-])",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "@shift",
            "part_of_day": "@pod",
            "anchor": "narrative",
        },
        "examples": [
            ("The strike began on 3 March. The next morning, trains were cancelled.", "2025-03-04TMO"),
            ("The match was on 1 March. That evening, fans clashed.", "2025-03-01TEV"),
            ("He landed on 2 March and left later that night.", "2025-03-02TNI"),
            ("The minister resigned on Thursday. Her successor was named the same evening.", "2025-03-13TEV"),
        ],
    },
    {
        "name": "pod_of_day",
        # "the evening of 7 June", "the night of Friday": that part of the day named next (joined to it).
        "pattern": r"the\s+(?P<pod>morning|afternoon|evening|night)\s+of"
        r"(?=\s+(?:%WEEKDAY%|%DAYORD%\s+(?:of\s+)?%MONTH%|%MONTH%\s*%DAYORD%))",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "anchor": "narrative",
            "part_of_day": "@pod",
        },
        "examples": [
            ("Protests erupted on the evening of 7 June.", "2025-06-07TEV", "2025-06-15"),
            ("Flood defences failed on the night of 3 November.", "2024-11-03TNI", "2024-11-10"),
            ("the night of the long knives", None),
        ],
        "joins_day": True,
    },
    {
        "name": "narrative_pod",
        # "Shares fell on Tuesday. In the afternoon, they recovered": that day's afternoon.
        "pattern": r"(?:(?:early|late)\s+)?(?:in|during|by|through|throughout)\s+the\s+"
        r"(?P<pod>morning|afternoon|evening|night)(?![\w-])(?!\s+(?:of|before|after)\b)",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "part_of_day": "@pod",
            "anchor": "narrative",
        },
        "examples": [
            ("Shares fell on Tuesday. In the afternoon, they recovered.", "2025-03-11TAF"),
            ("troops entered the town in the morning", "2025-03-15TMO"),
            ("fighting raged throughout the night", "2025-03-15TNI"),
            ("on the night of the attack", None),
        ],
        "strip_prefix": True,
    },
    {
        "name": "deictic_day",
        "pattern": r"(?:(?:earlier|later)\s+)?(?:(?:late|early)\s+)?(?:(?P<pod2>mid-?\s?"
        r"(?:afternoon|morning))\s+)?"
        r"(?P<which>yesterday|today|tomorrow)(?:\s+(?P<pod>%PART_OF_DAY%))?"
        r"(?!'s\s+(?:paper|edition|issue))",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "@which",
            "part_of_day": "@pod|@pod2",
        },
        "examples": [
            ("yesterday", "2025-03-14"),
            ("Earlier yesterday", "2025-03-14"),
            ("mid-afternoon yesterday", "2025-03-14TAF"),
            ("today", "2025-03-15"),
            ("tomorrow", "2025-03-16"),
            ("yesterday evening", "2025-03-14TEV"),
        ],
    },
    {
        "name": "modified_pod",
        # "By mid afternoon, police had sealed off the area": that part of the day told last.
        "pattern": r"(?P<mod>mid|early|late)(?:-|\s+)?(?P<pod>morning|afternoon|evening)(?![\w-])"
        r"(?!\s+(?:yesterday|today|tomorrow|on|of|(?:%WEEKDAY%))\b)",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "part_of_day": "@pod",
            "mod": "@mod",
            "anchor": "narrative",
        },
        "examples": [
            ("By mid afternoon, official sources said", "2025-03-15TAF"),
            ("Troops moved in on 3 March. By late afternoon, the crowd had gone.", "2025-03-03TAF"),
            ("mid-morning", "2025-03-15TMO"),
        ],
    },
    # ---- counted shifts: "three days ago", "two weeks later", "a year from now" -------------------
    {
        "name": "exactly_ago",
        # "Exactly 25 years ago" is that day.
        "pattern": r"exactly\s+(?P<num>%NUMBER_ANY%)\s+(?P<unit>years?|decades?|centur(?:y|ies))\s+"
        r"(?P<rel>ago)(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "@num", "anchor": "@rel", "keep": "day"},
        "examples": [("Exactly 25 years ago, the millennium bug failed to strike.", "2000-03-15")],
    },
    {
        "name": "this_day_last_year",
        "pattern": r"this\s+(?P<keep>day|date|week|month)\s+last\s+year(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "-1", "keep": "@keep"},
        "examples": [("This day last year, the town was under water.", "2024-03-15")],
    },
    {
        "name": "this_time_last",
        # The same time of the year, month or week before: about that day, not the whole unit.
        "pattern": r"this\s+(?P<keep>time)\s+last\s+(?P<unit>year|month|week)(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "-1", "keep": "@keep", "mod": "approx"},
        "examples": [
            ("This time last year, the town was under water.", "2024-03-15"),
            ("At this time last week, prices were lower.", "2025-03-08"),
        ],
    },
    {
        "name": "this_day_in_year",
        "pattern": r"(?:on\s+)?this\s+(?P<keep>day|date|week)\s+in\s+(?P<year>%YEAR4%)(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "0", "keep": "@keep", "year": "@year"},
        "examples": [("On this day in 1986, the shuttle exploded.", "1986-03-15")],
        "strip_prefix": True,
    },
    {
        "name": "ago",
        # "almost a decade ago" is about then; "over a decade ago" is before it.
        # "A year and a half ago" counts in the next finer unit (words.HALF_COUNTED_IN), and only
        # for the units listed there: "a minute and a half later" stays a duration, as TimeML has it.
        # An anniversary keeps the reference's day, week or month: "a year ago today", "fifty years
        # ago this week", "a decade ago on this day".
        # Not after "for": "left without power for two weeks after." is a duration.
        "pattern": r"(?<!\bfor\s)(?:(?P<hedge>%HEDGE%)\s+"
        r"|just\s+|only\s+)?(?P<num>%NUMBER_ANY%|several|a\s+few|many|some(?=\s+(?:%PLURAL_UNIT%)))"
        r"(?P<half_before>\s+and\s+a\s+half(?=\s+(?:years|decades|centuries|hours)\b))?\s+"
        r"(?P<unit>%UNIT%)(?P<half_after>(?:(?<=year)|(?<=decade)|(?<=century)|(?<=hour))\s+and\s+a\s+half)?"
        r"(?:['’]s?(?=\s+time\b))?\s+(?:or\s+so\s+)?"
        # Not "before"/"after": "twenty years after the war" counts from the war, not from the text's
        # last date, and is a duration with a signal word.  "In two weeks' time" is ahead of today.
        # Not a comparison: "withdrew one year earlier than planned".
        r"(?P<rel>ago|earlier|later|from\s+now|hence|previously|(?<=['’s]\s)time"
        # "fell to 41p from 55p a year before.": at the clause's end, as "earlier".
        r"|(?:before|after)(?=\s*(?:[,.;:!?)\"”]|$)))(?![\w-])(?!\s+than\b)"
        r"(?:\s+(?P<keep>today|tonight|this\s+week|this\s+month|this\s+year)|\s+on\s+this\s+(?P<keep2>day|date))?"
        r"(?![\w-])",
        "type": "DATE",
        "symbol": {
            "kind": "relative",
            "unit": "@unit",
            "offset": "@num",
            "anchor": "@rel",
            "mod": "@hedge",
            "keep": "@keep|@keep2",
        },
        "examples": [
            ("He moved to Lisbon a year and a half ago.", "2023-09"),
            ("The phone was launched less than two weeks ago.", "2025-03-01"),
            ("Toyota withdrew one year earlier than initially planned.", None),
            ("Some years ago, the plant closed.", "PAST_REF"),
            ("two and a half years later", "2027-09"),
            ("The rescue came an hour and a half later.", "2025-03-15T13:30"),
            ("A minute and a half later, the pilot ejected.", None),
            ("A year ago today, the first missiles hit Kyiv.", "2024-03-15"),
            ("Fifty years ago this week, the Vietnam War ended.", "1975-W11"),
            ("Ten years ago this month, the bridge opened.", "2015-03"),
            ("Two weeks ago tonight, the dam gave way.", "2025-03-01"),
            ("a decade ago on this day", "2015-03-15"),
            ("A century ago this year, the first crossword appeared.", "1925"),
            ("Two weeks ago today, the fire broke out.", "2025-03-01"),
            ("three days ago", "2025-03-12"),
            ("should have been boosted over a decade ago", "2015"),
            ("almost two years ago", "2023"),
            ("two years from now", "2027"),
            ("a week ago", "2025-03-08"),
            ("two days later", "2025-03-17"),
            ("twenty years after the first flight", None),
            ("a decade ago", "2015"),
            ("several years ago", "PAST_REF"),
            ("net was $186.4 million a year ago", "2024"),
            ("a week or so ago", "2025-03-08"),
            ("Earnings per share fell to 41p from 55p a year before.", "2024"),
            ("She was born in 1950. Two years after, her family moved.", "1952"),
            ("the report is due in two weeks' time", "2025-03-29"),
            ("in a week's time", "2025-03-22"),
            (
                "Polls closed at 10 p.m. An hour later, the first results came in.",
                "2024-11-05T23:00",
                "2024-11-05",
            ),
        ],
    },
    {
        "name": "in_counted_ahead",
        # "The plant will reopen in two weeks", "the notes would be redeemed in five years": that long
        # from the publication, as "in two weeks' time" is.  Only where the clause looks ahead; in
        # "the bridge was built in five years" or "the first rate cut in five years" the stretch is
        # a duration, which the rules after this one read (see Rule.ahead_only).  "In a year or two"
        # is some time to come.
        "pattern": r"(?P<rel>in)\s+(?:(?P<hedge>about|around|roughly|approximately|some|nearly|almost)\s+)?"
        r"(?:(?:a|an|one)\s+(?P<unit2>day|week|month|year)\s+or\s+two|(?P<num>%NUMBER_ANY%|a\s+few|several)"
        r"\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)(?:\s+or\s+so)?)"
        r"(?![\w'’-])(?!\s+(?:of|ago|later|earlier|from|before|after|time)\b)",
        "type": "DATE",
        "ahead_only": True,
        "strip_prefix": True,
        "symbol": {
            "kind": "relative",
            "unit": "@unit|@unit2",
            "offset": "@num",
            "anchor": "@rel",
            "mod": "@hedge",
        },
        "examples": [
            ("The plant will reopen in two weeks.", "2025-03-29"),
            ("The notes would be redeemed in five years.", "2030"),
            ("The deal is expected to close in about three months.", "2025-06"),
            ("We will know more in a few days.", "FUTURE_REF"),
            ("Prices will recover in a year or two.", "FUTURE_REF"),
            ("In a decade, the town will have doubled in size.", "2035"),
            ("The bridge was built in five years.", None),
            ("It will be the first rate cut in five years.", None),
            ("Prices will post their biggest rise in a decade.", None),
            ("The talks will end in a week of intense diplomacy.", None),
            ("The report is due in two weeks' time.", None),  # the "ago" rule's
            ("In five years time, annual growth will hit $100 billion.", None),  # the same
            ("the new proposals, the third in two weeks, will be put to members", None),
        ],
    },
    {
        "name": "vague_later",
        # "Days before, ..." but not "in the first days after Bush announced", where "after" relates
        # the days to an event.
        "pattern": r"(?P<unit>days|weeks|months|years|hours)\s+(?P<rel>later|earlier|ago"
        r"|(?:before|after)(?=\s*(?:[,.;:!?)\"”]|$)))(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "anchor": "@rel"},
        "examples": [
            ("days later", "FUTURE_REF"),
            ("years ago", "PAST_REF"),
            ("In the first days after President Bush announced", None),
            ("Weeks before, he had resigned.", "PAST_REF"),
        ],
    },
    # ---- shifted calendar units: "next week", "the following day", "earlier this month" ----------
    {
        "name": "year_ago_period",
        # "last year's quarter", "the corresponding period last year", "the quarter a year ago": the
        # period under discussion, a year before (see year_ago_unit).
        "pattern": r"last\s+year'?s\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)(?![\w-])"
        r"|the\s+(?:(?:comparable|corresponding|same)\s+)?(?:quarter|period)\s+(?:of\s+|in\s+)?(?:last\s+year"
        r"|a\s+year\s+(?:ago|earlier))(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "-1", "direction": "past"},
        "examples": [
            ("Sales rose in the third quarter. U.K. sales for last year's quarter were flat.", "2023-Q3"),
            (
                "Net rose in the third quarter from $2 million in the corresponding period last year.",
                "2023-Q3",
            ),
            ("For the quarter a year ago, it earned $16 million.", "2024"),
            ("Profit fell in the second quarter, from $6bn in the same period last year.", "2023-Q2"),
        ],
    },
    {
        "name": "same_month_year_ago",
        # "Car sales rose 8% in May from the same month last year": the month told, a year before
        # (tag._compare_months); with none told, the publication's month (kept, as "a year ago
        # this month" keeps it).
        "pattern": r"the\s+(?:comparable|corresponding|same)\s+month\s+(?:of\s+|in\s+)?(?:last\s+year"
        r"|the\s+(?:previous|preceding|prior)\s+year|a\s+year\s+(?:ago|earlier|before))(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "-1", "direction": "past", "keep": "month"},
        "examples": [
            ("Car sales rose 8% in May compared with the same month last year.", "2024-05", "2025-06-05"),
            ("Orders rose 4% in September from the same month of last year.", "2024-09", "2025-10-20"),
            ("Prices were 3% higher than in the same month a year earlier.", "2024-03"),
        ],
    },
    {
        "name": "unit_boundary",
        "pattern": r"(?P<mod>the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|"
        r"start\s+of|beginning\s+of|middle\s+of)\s+(?:(?P<shift>%SHIFT%|the|that)\s+)(?P<unit>%CALENDAR_UNIT%)",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "@shift", "mod": "@mod"},
        "examples": [
            ("the end of the month", "2025-03"),
            ("the end of next week", "2025-W12"),
            ("the beginning of the year", "2025"),
        ],
    },
    {
        "name": "narrative_unit",
        # "the next day" counts from the story, but "over the next week" from today (see the_past_unit).
        "pattern": r"(?:(?:earlier|later)\s+(?=that\b))?"
        r"(?P<shift>the\s+(?:following|previous|preceding|same)|that(?:\s+same)?|the\s+next(?=\s+day\b))\s+"
        r"(?P<unit>%CALENDAR_UNIT%)"
        r"(?!\s+(?:of|or)\b)",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "@shift", "anchor": "narrative"},
        "examples": [
            ("the following day", "2025-03-16"),
            ("the previous day", "2025-03-14"),
            ("the following week", "2025-W12"),
            ("that week", "2025-W11"),
            ("She was arrested on 3 March and released later that day.", "2025-03-03"),
            ("The bank failed on 3 March. That same day, shares fell.", "2025-03-03"),
        ],
    },
    {
        "name": "earlier_in_the_unit",
        # "earlier in the year": the year the story is in, like "that year".
        "pattern": r"(?:earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "0", "anchor": "narrative"},
        "examples": [
            ("sales were delayed earlier in the year", "2025"),
            ("In 1995 he left. He returned later in the year.", "1995"),
        ],
    },
    {
        "name": "later_this_unit",
        # "Later this week" is the rest of the week, ahead whatever the tense: said on a weekend, the
        # working week to come, as "this week" told of the future is.
        "pattern": r"later\s+this\s+(?P<unit>%CALENDAR_UNIT%)",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "0", "direction": "future"},
        "examples": [
            ("The minister will make a statement later this week.", "2025-W12", "2025-03-16"),
            ("a statement is expected later this week", "2025-W11", "2025-03-12"),
            ("Sales are due to begin later this month.", "2025-03"),
        ],
    },
    {
        "name": "modified_shift_unit",
        "pattern": r"(?P<mod>%MODIFIER%|earlier|later)\s+(?P<shift>this|next|last)\s+"
        r"(?P<unit>%CALENDAR_UNIT%)",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "@shift", "mod": "@mod"},
        "examples": [
            ("earlier this week", "2025-W11"),
            ("early next year", "2026"),
            ("late last year", "2024"),
        ],
    },
    {
        "name": "unit_two_away",
        # "the week before last", "the month after next": two units back or ahead.
        "pattern": r"the\s+(?P<unit>%CALENDAR_UNIT%)\s+(?P<two_away>before\s+last|after\s+next)(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "@two_away"},
        "examples": [
            ("The talks first broke down the week before last.", "2025-W09", "2025-03-12"),
            ("A final decision is expected the week after next.", "2025-W13", "2025-03-12"),
            ("Prices peaked the month before last.", "2025-01"),
        ],
    },
    {
        "name": "block_unit_of",
        # "the last week of the campaign", "the first year of his term": a part of another period,
        # not the week before this one. Without "the", "convicted last month of fraud" is a date.
        "pattern": r"(?:the|%POSSESSIVE%)\s+(?:last|past|next|coming|final|first|this)\s+"
        r"(?:fiscal\s+)?%CALENDAR_UNIT%\s+of\b",
        "emit": False,
        "examples": [
            ("in the last week of the campaign", None),
            ("the first year of his term", None),
            ("The president, in his last year of office, vetoed the bill.", None),
        ],
    },
    {
        "name": "shift_unit",
        "tense": True,
        # "the full year" is the one reported on; "a full week", "the last full week" are not.
        # "A last day of uncertainty" is no yesterday.
        "pattern": r"(?!last\s+day\b)(?:the\s+(?=current|full))?"
        r"(?P<shift>last|this|next|coming|current|(?<=the\s)full|this\s+coming|this\s+past)"
        r"\s+%FISCAL_BEFORE_UNIT%(?P<unit>%CALENDAR_UNIT%)"
        r"(?!\s+or\b)",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "@shift"},
        "examples": [
            ("last week", "2025-W10"),
            ("next week", "2025-W12"),
            ("this month", "2025-03"),
            ("last month", "2025-02"),
            ("this year", "2025"),
            ("next year", "2026"),
            ("this weekend", "2025-W11-WE"),
            ("last year", "2024"),
            ("They will decide this week", "2025-W12"),
            ("They met this week", "2025-W11"),
            ("sales in the current fiscal year", "2025"),
            ("Profits fell last financial year.", "2024"),
            ("the full year", "2025"),
            ("He was convicted last month of fraud.", "2025-02"),
            ("a full week later", None),
            ("lived through a last day of uncertainty", None),
            ("the last full week before Christmas", None),
        ],
    },
    {
        "name": "in_the_new_year",
        # "Talks will resume in the new year": said late in a year, the next one.
        "pattern": r"(?:(?<=in\s)|(?<=into\s)|(?<=until\s)|(?<=till\s)|(?<=by\s))the\s+new\s+year(?![\w'’-])"
        r"(?!\s+(?:honours|honors|list|message|address|concert|resolutions?|sales?|part(?:y|ies))\b)",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "1"},
        "examples": [
            ("talks are expected to continue in the new year", "2025", "2024-12-18"),
            ("the offer runs until the new year", "2025", "2024-12-18"),
            ("the new year's honours", None),
            ("knighted in the New Year Honours", None),
        ],
    },
    {
        "name": "midweek",
        # "Highs will climb into the 90s by midweek": the middle of a week, which the tense and the
        # day of writing pick (resolve._midweek_shift).  After "in", "by"… it is a noun ("the loss
        # in midweek was academic"); otherwise not before a noun ("a midweek match", any week's).
        "pattern": r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bat\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\baround\s)"
        r"|(?!mid-?week\s+(?!(?:and|or|as|when|before|after|but|then)\b)[a-z]))mid-?week(?![\w'’-])",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "relative", "unit": "week", "offset": "0", "mod": "mid"},
        "examples": [
            ("Daytime highs will climb into the 90s by midweek.", "2025-W12", "2025-03-16"),
            ("Shares fell sharply midweek before recovering on Friday.", "2025-W11"),
            ("Arsenal face Brentford in a midweek match.", None),
            ("The loss in midweek was academic.", "2025-W11"),
        ],
    },
    {
        "name": "year_to_date",
        # "Shares are up 22% year to date": this year, so far.
        "pattern": r"year[- ]to[- ]date(?![\w'’-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "0"},
        "examples": [
            ("Shares in the group are up 22% year to date.", "2025"),
            ("year-to-date sales rose 4%", "2025"),
        ],
    },
    {
        "name": "the_weekend",
        # Not "the weekend of 15-16 March": that weekend's days are tagged on their own.  Nor a
        # capitalized "Weekend" before one capitalized word, a title ("The Weekend Australian
        # reported"), but in a title-case headline ("Protests Planned For The Weekend In Major Cities").
        "pattern": r"(?:(?:at|over|during|on)\s+)?the\s+weekend(?!\s+of\b)"
        r"(?!(?-i:(?<=Weekend))[^\S\n]+(?-i:[A-Z][a-z])[\w'’-]*(?![\w'’-])(?![^\S\n]+(?-i:[A-Z][a-z])))",
        "type": "DATE",
        "tense": True,
        "symbol": {"kind": "relative", "unit": "weekend", "offset": "0"},
        "examples": [
            ("at the weekend", "2025-W11-WE"),
            ("storms are forecast for the weekend of 15-16 March", None),
            ("The Weekend Australian reported that the deal had collapsed.", None),
            ("The weekend will bring storms.", "2025-W11-WE"),
            ("Over the weekend Starmer met European leaders in London.", "2025-W10-WE"),
            ("Protests Planned For The Weekend In Major Cities", "2025-W11-WE"),
        ],
        "strip_prefix": True,
    },
    {
        "name": "year_ago_unit",
        "pattern": r"the\s+(?:comparable\s+|corresponding\s+)?year[- ](?:ago|earlier)\s+"
        r"(?:(?:first|second|third|fourth)\s+)?(?:quarter|period|month)"
        r"|year[- ](?:ago|earlier)(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "-1", "direction": "past"},
        "examples": [
            ("the year-ago quarter", "2024"),
            ("year-earlier levels", "2024"),
            ("In the third quarter, sales fell from year-ago levels", "2023-Q3"),
        ],
    },
    {
        "name": "latest_period",
        # "the latest quarter" (or year) is the last one completed, even after the text has looked ahead to
        # the next ("fourth-quarter profit will fall ... In the latest quarter, sales rose").
        "pattern": r"(?:(?:for|in|during|over)\s+)?the\s+latest\s+(?:fiscal\s+)?(?P<unit>quarter|period|year)"
        r"(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "-1"},
        "examples": [
            ("the latest quarter", "2024-Q4"),
            ("Fourth-quarter profit will fall. In the latest quarter, sales rose.", "1989-Q3", "1989-11-02"),
            ("revenue rose in the latest period", "1989-Q3", "1989-10-26"),
            ("in the latest fiscal year", "1988", "1989-10-26"),
        ],
        "strip_prefix": True,
    },
    {
        "name": "topic_period",
        # "the quarter", "the same period": the period the text is reporting on; not a period the
        # words after it bound ("the period 2015-2024", "the period between the wars").
        "pattern": r"(?:(?:for|in|during|over)\s+)?the\s+(?:(?:same|comparable|fiscal)\s+)?"
        r"(?P<unit>quarter|period(?!\s+(?:\d|(?:between|from|since|when|after|before|until|to|through"
        r"|following|leading)\b)))(?!\s+(?:of|century|mile|final|point|in\s+which)\b)(?![\w-])"
        # Nor the period a year before, which year_ago_period reads from "the" on: "down from $6.3bn
        # in the same period last year".
        r"(?!\s+(?:in\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier))(?![\w-]))",
        "type": "DATE",
        # Direction past: without a quarter mentioned before, the last one completed.
        "symbol": {
            "kind": "relative",
            "unit": "@unit",
            "offset": "0",
            "anchor": "narrative",
            "direction": "past",
        },
        "examples": [
            ("the quarter", "2024-Q4"),
            ("Profit rose in the third quarter. Sales in the quarter fell.", "2024-Q3"),
            ("a quarter of the vote", None),
            ("The data covers the period 2015-2024.", None),
            ("Unemployment rose in the period between the two elections.", None),
            ("Sales rose 4% in the period to June 30.", None),
            ("Profit fell in the second quarter, from $6bn in the same period last year.", None),
        ],
        "strip_prefix": True,
    },
    {
        "name": "since_year_end",
        # Markets count from the last year-end: "the index is up 12% since year-end" in October is
        # up since the end of last year.
        "pattern": r"(?<=since\s)%YEAR_END%",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "-1", "mod": "end"},
        "examples": [("The index has risen 12% since year-end.", "2024")],
    },
    {
        "name": "year_end",
        # "by year-end", "by year's end": the end of this year (TimeML: the year, mod END).
        # Not the adjective: "year-end bonuses" are a kind of bonus.  Not "month-end" nor
        # "quarter-end": results copy reports the one just past ("assets rose to $90bn at
        # quarter-end" in April is March's).
        "pattern": r"%YEAR_END%",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "year", "offset": "0", "mod": "end"},
        "examples": [
            ("complete the transaction by year-end", "2025"),
            ("requirements in place by year's end", "2025"),
            ("the year ended March 31", None),
            ("year-end bonuses", None),
        ],
    },
    {
        "name": "year_ended",
        # "the year ended March 31" is the twelve months up to that day, not a calendar year: TimeML
        # tags it as a duration and the closing date on its own.
        "pattern": r"the\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending|to)\s+"
        r"(?:%MONTH%|%WEEKDAY%|last|this|yesterday|today|tomorrow|\d|the\s+end))",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "year", "amount": "1"},
        "examples": [
            ("net income for the year ended March 31", "P1Y"),
            ("In the fiscal year ended Jan. 31, sales rose", "P1Y"),
            ("a loss for the year ending tomorrow", "P1Y"),
            ("the year ended well", None),
        ],
    },
    {
        "name": "topic_year",
        # "for the year", "the fiscal year", "the full year": the year being reported.
        "pattern": r"(?:(?:for|in|during|over)\s+)?the\s+(?:(?P<adj>fiscal|latest|same)\s+)?"
        r"(?P<unit>year|week)(?=\s*[,.;]|'s)|the\s+(?:fiscal|latest)\s+"
        r"(?P<unit2>year|week)(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit|@unit2", "offset": "0", "anchor": "narrative"},
        "examples": [
            ("For the year, volume was flat", "2025"),
            ("the fiscal year", "2025"),
            ("In 1988, the year began well", None),
        ],
        "strip_prefix": True,
    },
    {
        "name": "coming_units",
        "pattern": r"(?:in\s+)?(?P<dir>the\s+coming|coming|the\s+past|past|future)\s+"
        r"(?P<unit>hours|days|weeks|months|quarters|years|decades)"
        r"|(?:in\s+)?the\s+(?P<unit2>hours|days|weeks|months|years|decades)\s+(?P<dir2>ahead|to\s+come)"
        r"(?![\w-]|\s+of\b)",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit|@unit2", "direction": "@dir|@dir2"},
        "examples": [
            ("in the coming weeks", "FUTURE_REF"),
            ("in the weeks ahead", "FUTURE_REF"),
            ("In the weeks ahead of the vote, polls tightened.", None),
            ("the past months", "PAST_REF"),
            ("tax payments in future quarters", "FUTURE_REF"),
            ("tensions will persist in the years to come", "FUTURE_REF"),
            ("More details are expected in the coming hours.", "FUTURE_REF"),
        ],
        "strip_prefix": True,
    },
    {
        "name": "recent_units",
        # "in recent years": an unspecified stretch up to now.
        "pattern": r"(?:in\s+)?recent\s+(?P<unit>days|weeks|months|years|decades|quarters)",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "@unit"},
        "examples": [("in recent years", "PXY"), ("recent weeks", "PXW")],
        "strip_prefix": True,
    },
    {
        "name": "past_century",
        # "the past century" is the last hundred years: the previous calendar century (the 1800s, said
        # in 1989) is never what is meant.  "The last century" is that previous century.
        "pattern": r"the\s+past\s+century(?![\w-])",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "year", "amount": "100"},
        "examples": [
            ("one of the significant events of the past century", "P100Y", "1989-11-01"),
            ("the last century", None),
        ],
    },
    {
        "name": "the_past_decade",
        # "The largest conference in the past decade", "over the next decade": ten years back or ahead
        # of the day of writing, not the calendar decade before or after it.  Not "the last decade"
        # or "in the next decade", as often the calendar's ("most of the last decade, before the
        # pandemic"; "the early part of the next decade"): the_past_unit.
        "pattern": r"(?:(?<=\bover\s)the\s+(?:last|next|coming)|the\s+past)\s+decade"
        r"(?:\s+or\s+so(?![\w-])|(?!\s+(?:of|or)\b)(?![\w-]))",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "decade", "amount": "1"},
        "examples": [
            ("their largest developers conference in the past decade", "P1DE"),
            ("to bring in 10 countries over the next decade", "P1DE"),
            ("the past decade of the century", None),
            ("Inflation stayed low for most of the last decade.", None),
        ],
    },
    {
        "name": "the_past_unit",
        # "over the past year", "the last decade": the unit before the current one, as TimeML reads
        # it ("the past decade" and "over the next decade" are ten years: the_past_decade).
        "pattern": r"the\s+(?P<shift>past|last|coming|next)\s+%FISCAL_BEFORE_UNIT%"
        r"(?P<unit>week|fortnight|month|year|decade|quarter|century)"
        r"(?:\s+or\s+so(?![\w-])|(?!\s+(?:of|or)\b)(?![\w-]))",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "@shift"},
        "examples": [
            ("the past year", "2024"),
            ("In the last financial quarter, Mac sales increased 22 percent", "2024-Q4"),
            ("Inflation stayed low for most of the last decade, before the pandemic struck.", "201"),
            ("The mission is planned for the early part of the next decade.", "203"),
            ("the coming year", "2026"),
            ("more nations will follow over the next week", "2025-W12"),
            ("Prices rose in the past fortnight.", "2025-W09"),
            ("over the next year or so", "2026"),
        ],
    },
    {
        "name": "the_past_weekend",
        # "The past weekend has been tragic": the one gone by.  Not "the last weekend of March".
        "pattern": r"the\s+(?:past|last)\s+weekend(?!\s+(?:of|before|in)\b)(?![\w'’-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "weekend", "offset": "-1"},
        "examples": [
            ("The past weekend has been tragic with three mine disasters.", "2025-W10-WE"),
            ("the last weekend of March", None),
        ],
    },
    {
        "name": "coming_weekend",
        # "The coming weekend" is the one ahead, as "this coming weekend": on a Wednesday, in three days.
        "pattern": r"(?:the\s+)?coming\s+weekend(?![\w'’-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "weekend", "offset": "0"},
        "examples": [
            ("Storms are forecast for the coming weekend.", "2025-W11-WE"),
        ],
    },
    {
        "name": "rest_of_the_unit",
        # "Developers will spend the rest of the week in workshops": of the week of writing, or of the
        # story's ("The strike began on 3 March and continued for the rest of the week").
        "pattern": r"the\s+(?:rest|remainder)\s+of\s+the\s+(?P<unit>week|month|year|weekend)(?![\w'’-])",
        "type": "DATE",
        "symbol": {"kind": "relative", "unit": "@unit", "offset": "0", "anchor": "narrative"},
        "examples": [
            ("Developers will spend the rest of the week in workshops.", "2025-W11"),
            ("The strike began on 3 March and continued for the rest of the week.", "2025-W10"),
            ("Markets are closed for the remainder of the year.", "2025"),
        ],
    },
    # ---- durations -------------------------------------------------------------------------------
    {
        "name": "one_day_future",
        # "Islam will one day be...": after a modal, "one day" is an unspecified future, not 24 hours.
        "pattern": r"(?:(?<=will\s)|(?<=would\s)|(?<=could\s)|(?<=might\s)|(?<=may\s)|(?<=can\s)"
        r"|(?<=shall\s))one\s+day(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "ref", "ref": "future"},
        "examples": [
            ("Islam will one day be the second largest religion", "FUTURE_REF"),
            ("in one day", None),
        ],
    },
    {
        "name": "clock_in_the_part_of_day",
        # "at half past two in the morning", "at 2.30 in the morning", "at ten at night": the part of
        # the day says a.m. or p.m.  An hour in figures or a bare one needs a preposition or a hedge
        # before it: "killed 2 in the morning raid", "rose 1.30 in the afternoon session".
        "pattern": r"(?:%CLOCK_HEDGE%?%CLOCK_SPELLED%|(?:%CLOCK_HEDGE%|%CLOCK_PREPOSITION%)"
        r"(?:(?P<hour>1[012]|0?[1-9])[:.](?P<minute>[0-5]\d)|%BARE_HOUR%))"
        r"\s+(?P<half_of_day>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?![\w'’-])"
        # "the afternoon session", "the morning update": a market's or a paper's, not a time of day.
        r"(?!\s+(?:sessions?|games?|match|update|trading|trade|edition|show|shift|rush|raids?|papers?"
        r"|bulletin|news|programme|program|service|deals?)\b)",
        "type": "TIME",
        "symbol": CLOCK_ON_THE_DAY,
        "examples": [
            ("He was found at about half past two in the morning.", "2025-03-15T02:30"),
            ("The alarm was raised at 2.30 in the morning.", "2025-03-15T02:30"),
            ("The bar closed at ten at night.", "2025-03-15T22:00"),
            ("The bus left at a quarter to eight in the evening.", "2025-03-15T19:45"),
            ("Police arrived at twenty past four in the afternoon.", "2025-03-15T16:20"),
            ("The shelling began at six o'clock in the morning.", "2025-03-15T06:00"),
            ("Troops killed 2 in the morning raid.", None),
            ("Shares rose 1.30 in the afternoon session.", None),
            ("The pound was trading at 1.27 in the morning.", None),
            ("The score stood at two in the afternoon game.", None),
            ("Bars may stay open until two in the morning.", "2025-03-15T02:00"),
            ("From ten at night on Friday, the road will be closed.", "2025-03-21T22:00"),
            ("Police were called at twelve at night.", "2025-03-15T00:00"),
        ],
        "joins_day": True,
    },
    {
        "name": "clock_of_pod",
        # "9.30 this morning", "at 10.15 last night", "at 7 on Tuesday evening", "at half past six on
        # Friday evening", "at ten o'clock last night": the part of the day says a.m. or p.m.; a
        # bare hour needs "at" ("arrested 10 this morning" is a count).  Before the durations, which
        # would read "a quarter" of "a quarter to eight".
        "pattern": r"%CLOCK_HEDGE%?(?:(?<![\d:.])(?P<hour>1\d|2[0-3]|0?[1-9])[:.](?P<minute>[0-5]\d)"
        r"|%CLOCK_SPELLED%|(?<=\bat\s)%BARE_HOUR%)"
        r"(?=\s+%DAY_AND_PART%)",
        "type": "TIME",
        "symbol": CLOCK_ON_THE_DAY,
        "examples": [
            ("Police were called at 9.30 this morning.", "2025-03-15T09:30"),
            ("The fire started at 10.15 last night.", "2025-03-14T22:15"),
            ("The last train will leave at 23.30 tonight.", "2025-03-15T23:30"),
            ("The polls will close at 7 on Tuesday evening.", "2025-03-18T19:00", "2025-03-16"),
            ("The crash happened at about half past six on Friday evening.", "2025-03-14T18:30"),
            ("The fire started at ten o'clock last night.", "2025-03-14T22:00"),
            ("The polls will close at six on Tuesday evening.", "2025-03-18T18:00"),
            ("Six on Tuesday evening were hurt.", None),
            ("The alarm was raised at 2.30 last night.", None),
            ("Officers arrested 10 this morning.", None),
            # Not an hour its part of the day holds: a price or a rate.
            ("Sterling traded at 1.27 this morning.", None),
            ("The FTSE 100 fell 0.45 this morning.", None),
        ],
        "joins_day": True,
    },
    {
        "name": "duration_span",
        # Not the verb: "the trial is expected to last six weeks" is a duration of "six weeks".
        "pattern": r"(?:the\s+|(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bcan\s))"
        # Not "a": "having lost the final a year before" is no stretch.
        r"(?:last|past|next|first|coming|previous|final)\s+(?P<num>(?!an?\s)%NUMBER_ANY%"
        r"|several|few)\s+"
        r"(?P<unit>%UNIT%)",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "@unit", "amount": "@num"},
        "examples": [
            ("the last three years", "P3Y"),
            ("the next two weeks", "P2W"),
            ("the first nine months", "P9M"),
            ("over the next couple of years", "P2Y"),
            ("The trial is expected to last six weeks.", None),
            ("Italy won the trophy in 2021, having lost the final a year before.", None),
        ],
    },
    {
        "name": "duration_adjectival",
        "pattern": r"(?<![\d,.])(?P<num>%NUMBER_ANY%|several|few|many)-"
        r"(?P<unit>minute|hour|day|week|month|year|decade|century)"
        r"(?:-long)?(?![\w-])"
        # "24-hour news" is round the clock, not a stretch of a day.
        r"(?!(?<=24-hour)\s+(?:news|rolling|helpline|hotline|service|access|support|surveillance|security)\b)"
        r"|(?P<unit2>minutes|hours|days|weeks|months|years|decades)-long(?![\w-])",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "@unit|@unit2", "amount": "@num"},
        "examples": [
            ("a 30-day ceasefire", "P30D"),
            ("two-year", "P2Y"),
            ("a several-year effort", "PXY"),
            ("a 24-hour strike", "PT24H"),
            ("the rise of 24-hour news", None),
            ("after months-long talks", "PXM"),
            ("the 1,000-day mark", "P1000D"),
        ],
    },
    {
        "name": "duration_unit_long",
        "pattern": r"(?P<unit>hour|day|week|month|year|decade|century)-long(?![\w-])",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "@unit", "amount": "1"},
        "examples": [("a year-long inquiry", "P1Y"), ("a decade-long war", "P1DE")],
    },
    {
        "name": "quarter_century",
        "pattern": r"%APPROX%?(?:a|one)\s+quarter(?:\s+of\s+a\s+|-)century(?![\w-])",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "year", "amount": "25"},
        "examples": [("Putin has ruled for a quarter of a century", "P25Y"), ("a quarter-century", "P25Y")],
    },
    {
        "name": "duration_vague",
        "pattern": r"(?P<num>several|a\s+few|few|many|some)\s+"
        r"(?P<unit>%PLURAL_UNIT%|minutes|hours)(?![\w-])",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "@unit", "amount": "@num"},
        "examples": [("several years", "PXY"), ("a few weeks", "PXW"), ("a few minutes", "PTXM")],
    },
    {
        "name": "duration",
        "pattern": r"(?:the\s+(?:latest\s+)?(?=\S+\s+(?:%PLURAL_UNIT%)))?%APPROX%?(?P<num>%NUMBER_ANY%)"
        r"(?:\s+(?:to|or)\s+%NUMBER_ANY%)?(?P<half_before>[\s-]+and[\s-]+a[\s-]+half)?\s+"
        r"(?:(?:more|additional|further|extra|consecutive|straight|successive|trading|working|business)\s+)?(?P<unit>%UNIT%)(?P<half_after>\s+and\s+a\s+half)?(?![\w-])"
        # "more than a quarter of the market" is a share (see block_fraction).
        r"(?!(?<=quarter)\s+of\b)(?!(?<=quarters)\s+of\b)",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "@unit", "amount": "@num"},
        "examples": [
            ("three years", "P3Y"),
            ("24 hours", "PT24H"),
            ("a year", "P1Y"),
            ("30 days", "P30D"),
            ("the nine months ended Sept. 30", "P9M"),
            ("up to 180 days", "P180D"),
            ("2 1/2 years", "P2Y6M"),
            ("two and a half years", "P2Y6M"),
            ("two-and-a-half years", "P2Y6M"),
            ("three consecutive days", "P3D"),
            ("Eight trading days after Oct. 12", "P8D"),
            ("the siege has lasted 1,000 days", "P1000D"),
            ("for more than two thousand years", "P2000Y"),
            ("half an hour", "PT30M"),
            ("half a century", "P50Y"),
            ("a minute and a half", "PT1M30S"),
            ("one and a half days", "P1DT12H"),
            ("no more than sixty days", "P60D"),
            ("at least 20 more years", "P20Y"),
            ("an additional year", "P1Y"),
            ("more than a quarter of the market", None),
        ],
    },
    {
        "name": "duration_for_plural",
        # "for years", "within weeks", "the first time in years": a stretch of unsaid length.
        "pattern": r"(?:(?<=\bfor )|(?<=\bwithin )|(?<=\bin ))(?P<unit>years|months|weeks|days|decades|hours"
        r"|centuries)(?![\w-])",
        "type": "DURATION",
        "symbol": {"kind": "duration", "unit": "@unit"},
        "examples": [
            ("for years", "PXY"),
            ("troops will be committed within weeks", "PXW"),
            ("growth for the first time in years", "PXY"),
        ],
    },
    # ---- sets ------------------------------------------------------------------------------------
    {
        "name": "every_unit",
        "pattern": r"(?:every|each)\s+(?P<unit>day|week|month|year|quarter)",
        "type": "SET",
        "symbol": {"kind": "set", "unit": "@unit", "amount": "1"},
        "examples": [("every week", "P1W"), ("each year", "P1Y")],
    },
    {
        "name": "adverb_set",
        # Only as an adverb: before a noun ("a quarterly dividend", "the daily tally") it names a kind.
        "pattern": r"(?P<unit>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly)(?![\w-])"
        r"(?!\s+[a-z])",
        "type": "SET",
        "symbol": {"kind": "set", "unit": "@unit", "amount": "1"},
        "examples": [
            ("The magazine appears weekly.", "P1W"),
            ("paid C$17.9 million annually.", "P1Y"),
            ("a quarterly dividend", None),
            ("the daily tally", None),
        ],
    },
    # ---- clock times alone -----------------------------------------------------------------------
    {
        "name": "noon_weekday",
        # "At noon on Monday week" (British): the Monday after the coming one, as weekday_week_on.
        "pattern": r"%NOON_HEDGE%(?P<noon_of_day>noon|midnight|midday)"
        r"\s+(?:on\s+)?"
        r"(?P<weekday>%WEEKDAY%)(?:\s+(?-i:(?P<later>week|fortnight))(?!\s+(?:one|two|three|four|after|\d)))?"
        r"%NOT_NAME%%NO_DATE_AFTER%",
        "type": "TIME",
        "tense": True,
        "symbol": {"kind": "weekday", "weekday": "@weekday", "hour": "@noon_of_day", "offset": "@later"},
        "examples": [
            ("talks broke off at noon Thursday", "2025-03-13T12:00"),
            ("the offer expired at midnight Friday", "2025-03-14T24:00"),
            ("Nominations close at noon on Monday week.", "2025-03-17T12:00", "2025-03-05"),
        ],
        "strip_prefix": True,
    },
    {
        "name": "time_month_day",
        "pattern": r"%CLOCK_HEDGE%?(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>%AMPM%)%TZ%,?\s+"
        # Not before "last year": "3pm on June 14 last year" is the clock time joined to that date.
        r"(?:on\s+)?(?P<month>%MONTH%)\s*(?P<day>%DAYNUM%)(?:st|nd|rd|th)?(?![\w]|\s*,?\s*\d)"
        r"(?!\s+(?:last|this|next)\s+year\b(?!['’]))",
        "type": "TIME",
        "tense": True,
        "symbol": {
            "kind": "calendar",
            "month": "@month",
            "day": "@day",
            "hour": "@hour",
            "minute": "@minute",
        },
        "examples": [
            ("until 5 p.m. EST Nov. 9", "2025-11-09T17:00"),
            ("at 3pm on June 14 last year", None),
            ("At 3pm on June 14 last year's champion spoke.", "2025-06-14T15:00", "2025-11-19"),
        ],
    },
    {
        "name": "clock_time",
        "pattern": r"%CLOCK_HEDGE%?(?<![\d:.])(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*"
        r"(?P<ampm>%AMPM%)%TZ%",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "hour": "@hour",
            "minute": "@minute",
            "anchor": "narrative",
        },
        "examples": [
            ("10:30 a.m.", "2025-03-15T10:30"),
            ("3 pm", "2025-03-15T15:00"),
            ("the blast happened shortly before 11pm", "2025-03-15T23:00"),
            ("markets opened at 9am JST", "2025-03-15T09:00"),
            ("markets open at 8am UK time", "2025-03-15T08:00"),
            ("after 4 p.m. Eastern time", "2025-03-15T16:00"),
            ("Junior doctors will strike from 7am on 25 July.", "2025-07-25T07:00", "2025-07-10"),
            ("The woman was last seen at 11pm on New Year's Eve.", "2025-12-31T23:00", "2026-01-02"),
            ("Pre-orders open at 1pm BST this Friday.", "2025-09-12T13:00", "2025-09-09"),
            ("The meeting ended at 3pm last Thursday.", "2025-03-13T15:00"),
            ("He was arrested on 3 March. He had been seen at 10pm the previous night.", "2025-03-02T22:00"),
            ("The marathon starts at 9.30am on Sunday 27 April.", "2025-04-27T09:30", "2025-04-20"),
            ("The crash happened at about 9.40pm on 3 March last year.", "2024-03-03T21:40", "2025-11-19"),
            ("The attack happened at 3pm on June 14 last year.", "2024-06-14T15:00", "2025-11-19"),
        ],
        "joins_day": True,
    },
    {
        "name": "clock_24h",
        # With a zone, or with a colon and the day it is of ("23:40 on Friday") or its time in another
        # zone ("20:45 (1945 GMT)"): "closed at 12.50 on Friday" is a price, and "scored at 12:45 of
        # the second period" a game clock.
        "pattern": r"(?<![\d:.])(?:(?P<hour>[01]\d|2[0-3])[:.](?P<minute>[0-5]\d)\s*(?:%TZ_NAME%|hrs)"
        r"|(?P<hour2>[01]\d|2[0-3]):(?P<minute2>[0-5]\d)(?:%CONVERSION_AFTER%"
        r"|(?=\s+(?:on\s+)?(?:%WEEKDAY%|today|yesterday|tomorrow"
        r"|tonight|%DAYNUM%\s+%MONTH%|%MONTH%\s+%DAYNUM%)(?![\w'’-]))))",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "hour": "@hour|@hour2",
            "minute": "@minute|@minute2",
            "anchor": "narrative",
        },
        "examples": [
            ("10:32 GMT", "2025-03-15T10:32"),
            ("the ceasefire began at 08:00 Kyiv time", "2025-03-15T08:00"),
            ("The outage began at 04:09 UTC on Friday.", "2024-07-19T04:09", "2024-07-21"),
            ("The blast happened at 23:40 on Friday.", "2025-03-14T23:40"),
            ("Kick-off is at 20:45 (1945 GMT) on Wednesday.", "2025-03-19T20:45"),
            ("Shares closed at 12.50 on Friday.", None),
            ("Crosby scored at 12:45 of the second period.", None),
        ],
        "joins_day": True,
    },
    {
        "name": "clock_stamp",
        # A live blog's time stamp, alone at the start of a line ("23:40", "08:47 —"): a time of the
        # day of the section's header (tag._date_stamps), or else of the publication day.
        # After a blank line: "Euro / 1.08 / Dollar / 1.27" is a table of prices.
        "pattern": r"(?:(?:(?<=\n\n)|(?<![\s\S]))(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
        r"|(?<=\n)(?P<hour2>[01]\d|2[0-3])[:.](?P<minute2>[0-5]\d))"
        r"(?=[ \t]*(?:\n|$|[-–—|:](?:[ \t]|\n|$))|(?<=\d\d:\d\d)[ \t]+(?-i:[A-Z]))",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "hour": "@hour|@hour2",
            "minute": "@minute|@minute2",
        },
        "examples": [
            ("Friday 14 March\n\n23:40\nNegotiators emerge with a deal.", "2025-03-14T23:40"),
            (
                "Friday 14 March\n\n21:10\nTalks began on Wednesday.\n\n17:30\nStill going.",
                "2025-03-14T17:30",
            ),
            ("08:47 — The first ships are moving again.", "2025-03-15T08:47"),
            ("16:20 Rescuers have pulled a girl alive from the rubble.", "2025-03-15T16:20"),
            ("Shares rose to\n12.50 pence", None),
            ("Euro\n1.08\nDollar\n1.27", None),
            ("Friday 14 March\n23:40\nBreaking: deal reached", "2025-03-14T23:40"),
        ],
    },
    {
        "name": "before_midnight",
        # "Shortly before midnight" is the last minutes of a day: told in the past of no other day,
        # of the day before the telling, not of its first minute (which plain "midnight" is).  With
        # "shortly" or "just", a time of that day (the hedge in its extent), not a deadline.
        "pattern": r"(?:(?:shortly|just)\s+before\s+|(?<=before\s))(?P<noon_of_day>midnight)",
        "type": "TIME",
        # News tells what happened shortly before midnight far more often than what will: without a
        # future cue ("The car hit a tree shortly before midnight"), the night gone by.
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "hour": "@noon_of_day",
            "anchor": "narrative",
            "direction": "past",
        },
        "tense": True,
        "examples": [
            ("Police were called shortly before midnight.", "2025-03-14T24:00"),
            ("The car hit a tree shortly before midnight.", "2025-03-14T24:00"),
            ("The talks will end before midnight.", "2025-03-15T24:00"),
            ("On 3 March police were called shortly before midnight.", "2025-03-03T24:00"),
            ("He died shortly before midnight last night.", "2025-03-14T24:00"),
        ],
        "joins_day": True,
    },
    {
        "name": "until_midnight",
        # A stretch that runs until midnight ends with its day, at 24:00, not at the day's first
        # minute: "load-shedding from 4pm until midnight".  After "to", not before a noun: "drew
        # thousands to midnight concerts".
        "pattern": r"(?:(?<=\buntil\s)|(?<=\btill\s)|(?<=\bto\s)(?<!seconds\sto\s)(?<!minutes\sto\s))"
        r"(?P<noon_of_day>(?-i:midnight))(?!\s+(?!(?:%NOT_A_NOUN_AFTER_TIME_WORD%)\b)[a-z])%TZ%",
        "type": "TIME",
        "symbol": {
            "kind": "relative",
            "unit": "day",
            "offset": "0",
            "hour": "@noon_of_day",
            "anchor": "narrative",
        },
        "examples": [
            ("Load-shedding will be implemented from 4pm until midnight.", "2025-03-15T24:00"),
            ("The ceasefire runs to midnight.", "2025-03-15T24:00"),
            ("The festival drew thousands to midnight concerts.", None),
            ("Crowds queued outside the cathedral until midnight Mass began.", None),
            ("The Doomsday Clock stands at 90 seconds to midnight.", None),
        ],
        "joins_day": True,
    },
    {
        "name": "noon",
        "pattern": r"%NOON_HEDGE%(?P<noon>noon|midnight|midday)%TZ%",
        "type": "TIME",
        "symbol": {"kind": "relative", "unit": "day", "offset": "0", "hour": "@noon", "anchor": "narrative"},
        # The midnight to come ends the day ("will take effect at midnight"); one gone by began it.
        "tense": True,
        "examples": [
            ("noon", "2025-03-15T12:00"),
            ("The ceasefire will take effect at midnight.", "2025-03-15T24:00"),
            ("The new tariffs take effect at midnight.", "2025-03-15T24:00"),
            ("The deadline expired at noon GMT on Sunday.", "2025-03-09T12:00"),
            ("Talks broke off shortly after noon.", "2025-03-15T12:00"),
            ("The truce came into force at midnight local time on Friday.", "2025-03-14T24:00"),
            ("the ceasefire took effect at midnight", "2025-03-15T00:00"),
            ("The deadline is noon on 1 September.", "2025-09-01T12:00", "2025-08-25"),
            ("The offer expires at midnight on 31 December.", "2025-12-31T24:00", "2025-12-01"),
        ],
        "strip_prefix": True,
        "joins_day": True,
    },
    # ---- vague references ------------------------------------------------------------------------
    {
        "name": "present_ref",
        "pattern": r"(?P<ref>now|currently|at\s+present|nowadays|these\s+days|at\s+the\s+moment"
        r"|right\s+now|the\s+present\s+day(?!\s+(?!(?:and|or|but|in|at|on|with|when|as|is|was|are|were"
        r"|has|had|where|while|to|for|from|by|of|it|he|she|they|we)\b)[a-z]))(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "ref", "ref": "present"},
        "examples": [
            ("now", "PRESENT_REF"),
            ("currently", "PRESENT_REF"),
            ("from the 1950s to the present day", "PRESENT_REF"),
            ("present-day Ukraine", None),
            ("the present day centre will close", None),
        ],
    },
    {
        "name": "then_current",
        # "the then current price": the present of a past narrative.
        "pattern": r"then[\s-]+current(?=\s+[a-z])",
        "type": "DATE",
        "symbol": {"kind": "ref", "ref": "past"},
        "examples": [("the then current market price", "PAST_REF")],
    },
    {
        "name": "current_adjective",
        # TimeML tags the adjective as the present ("the current system", "current market
        # conditions").  Not the noun ("a strong current") nor a balance of payments' current account.
        "pattern": r"current(?=\s+[a-z])(?!\s+(?:account|accounts|assets|liabilities"
        r"|of|in|on|and|or|is|was|are|were|flows?|runs?|ran)\b)",
        "type": "DATE",
        "symbol": {"kind": "ref", "ref": "present"},
        "examples": [
            ("because of current market conditions", "PRESENT_REF"),
            ("the current account deficit", None),
            ("swept away by a strong current in the river", None),
        ],
    },
    {
        "name": "past_ref",
        # Not "previously" or "formerly": they order events ("previously owned") far more than they date them.
        "pattern": r"(?P<ref>recently|lately|the\s+other\s+day"
        r"|(?:in\s+)?the\s+past(?!\s+(?:%NUMBER_ANY%|few|several|%UNIT%"
        r"|%WEEKDAY%|%MONTH_FULL%|%SEASON%)\b))"
        r"(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "ref", "ref": "past"},
        "examples": [
            ("recently", "PAST_REF"),
            ("in the past", "PAST_REF"),
            ("I saw him the other day.", "PAST_REF"),
            ("in the past two months", None),
            ("the past Tuesday", None),
        ],
        "strip_prefix": True,
    },
    {
        "name": "future_ref",
        # Not "as soon as", "soon after" or "shortly before", which relate two events, nor "the future
        # of" a thing.
        "pattern": r"(?P<ref>soon(?!\s+(?:as|after|afterwards?|thereafter)\b)"
        r"|shortly(?!\s+(?:after|afterwards?|before|beforehand|thereafter)\b)"
        r"|(?:in\s+)?the\s+(?:near\s+)?future(?!\s+of\b)"
        r"|in\s+future|in\s+due\s+course|sooner\s+or\s+later|(?:in\s+|over\s+|for\s+)?the\s+(?:near|short)[\s-]term"
        r"|(?:at\s+)?a\s+later\s+(?:date|stage))(?![\w-])",
        "type": "DATE",
        "symbol": {"kind": "ref", "ref": "future"},
        "examples": [
            ("soon", "FUTURE_REF"),
            ("in the future", "FUTURE_REF"),
            ("challenges of the near term", "FUTURE_REF"),
            ("to placate holders in the short term", "FUTURE_REF"),
            ("details will be announced at a later date", "FUTURE_REF"),
            ("the future of our peoples", None),
            ("Cargo was unloaded shortly afterwards.", None),
            ("Shortly before midnight, the union agreed.", None),
            ("Police had been called shortly beforehand.", None),
        ],
        "strip_prefix": True,
    },
    {
        "name": "year_range_end_short",
        # "2015-24", "the 2025/26 season", "1999-00": two digits closing a range opened by the year
        # just before them, of that year's century, or of the next where they roll over (the
        # tagger completes and checks them).  Late in the table, as ``day_range_end``: where any
        # other rule reads two digits ("15:00"), that reading stands.
        "pattern": r"(?<=%YEAR4%[-–/])(?P<year_short>\d\d)%NO_COUNT_AFTER_YEAR%",
        "type": "DATE",
        "range_end": True,
        "symbol": {"kind": "calendar", "year": "@year_short"},
        "examples": [
            ("The data covers 2015-24.", "2024"),
            ("Thousands died in the famine of 1845-52.", "1852"),
            ("The Premier League's 2025-26 season starts in August.", "2026"),
            ("Applications for the 2025/26 academic year close on Friday.", "2026"),
            ("the 1999-00 season", "2000"),
            ("Sales in 2025-03 rose.", None),
            ("Wages rose 2015-24 per cent.", None),
            ("The strike will begin at 15:00 local time.", None),
            ("The conference runs March 10-14 in Austin.", None),
        ],
    },
    {
        "name": "day_range_end",
        # "March 10-14", "from March 10 to the 14th": the bare day that closes a range opened by a
        # date just before it (the tagger checks that date), in the month it opened or the next.
        # Last in the table: where any other rule reads the number, that reading stands.
        "pattern": r"(?P<day>%DAYNUM%)(?:st|nd|rd|th)?(?![\w-])(?![.,:]\d)"
        r"(?:%COMMA%%YEAR4%(?!\d)|(?!\s*,?\s*\d))"
        r"(?!\s*(?:of\s+)?(?:%MONTH%|%UNIT%|%|per\s?cent|percent|%TZ_NAME%|noon|midnight)(?![\w-]))"
        # Nor a count: a number before a noun ("to 12 journalists", "to 20 lashes"), unless the noun
        # is an event's ("its September 16-17 meeting").
        r"(?!\s+(?!(?:in|at|on|and|or|for|with|to|of|as|when|while|after|before|but|the|a|an|from|during"
        r"|inclusive|%EVENT_AFTER_DAY_RANGE%)\b)[a-z])",
        "type": "DATE",
        "range_end": True,
        # Its year, if any, is the one the range opened with, which the opening day took.
        "symbol": {"kind": "calendar", "day": "@day", "anchor": "narrative", "direction": "future"},
        "examples": [
            ("The conference runs March 10-14 in Austin.", "2025-03-14", "2025-02-20"),
            ("from March 29 until the 2nd", "2025-04-02"),
            ("Rent is due on the 15th.", None),
            ("Voting ran Nov. 2-5, 2024.", "2024-11-05"),
            ("Polls are open from May 28 to 2 June.", None),
            ("Scotland won 2-1 on Tuesday", None),
            ("March 10-14 per cent", None),
            ("The death toll rose on March 10 to 14.", None),
            ("On March 10-12 journalists were arrested", None),
            ("The Fed is expected to cut rates at its September 16-17 meeting.", "2025-09-17", "2025-08-27"),
            ("Talks ran from March 10 until 12 noon", None),
            ("Scotland's March 3-1 win over Wales", None),
            ("The festival runs March 28-2 April", None),
            ("The festival runs March 28-2 in Rome", "2025-04-02", "2025-03-01"),
        ],
    },
]
