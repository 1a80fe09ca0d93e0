"""Find relations between the actors of a sentence: who leads, backs, funds, proposes, controls or
supplies whom, and which places goods are trafficked between.

Owns relation extraction within sentences, from cue phrases in `lexicons/relation_cues.tsv`:
- prefix: `Kenya-led mission` -> Kenya leads the mission named right after;
- passive: `the mission, led by Kenya and backed by the United States` -> Kenya leads and the United
  States backs the mission (the head of the chain, not the agent before `and`);
- active: `A funds B` -> the nearest actor before the cue in the same clause, and the first actor
  after it that is not a modifier of another (`funding the Kenya-led mission` targets the mission);
- transfer: `the U.S. supplied armored vehicles to the PNH` -> the United States supplies the PNH;
- flow: `rifles leaving Houston ... arriving in Belize, Guyana` -> Houston trafficked_to each destination
  (a route, not a provision: `routes` tells the two apart and keeps what moves as the relation's `item`);
- arrival: `rifles arriving in Haiti from Florida` -> Florida trafficked_to Haiti (destination first);
- received: `the trust fund has received $112 million, most of it from Canada` -> Canada funds the fund's
  mission (a fund is a mention of its mission: `organizations.fund_references`). Money a person gives is
  their body's or country's when the text states the affiliation (`U.S. Secretary of State X announced $40
  million for the GSF` -> the United States funds it).
- agent: `the unit, under the command of X` -> X leads it; `Liancourt, now under the control of Gran Grif`
  -> Gran Grif controls the place written there (never `territory held by`); held: `Croix-des-Bouquets, the
  400 Mawozo stronghold`;
- money named with its giver: `runs on financing from X`, `was paid for with money from X` -> X funds the
  body or mission the sentence opens with.
- past a clause set off by commas: `Canada, which has long …, pledged`, `the MSS, which Benin led, was funded by X`
  (the actor before the clause acts or is acted on, not one inside it); `X, a coalition of gangs, controls`;
- lists and fronted phrases: `funding for the World Food Programme (WFP), UNICEF and the IOM` (each body),
  `With the support of X, the force …` (X backs the clause's subject);
- a route's next leg: `shipped to B and then trucked to C` (B trafficked_to C).
A relation whose clause denies it (`did not lead`, `has yet to fund`, `refused to back`: `negation`) or
makes it hypothetical (`would contribute … only if`, `was studying a contribution`) is dropped. `reports` is
not a relation: an outlet reporting on an actor is where a statement comes from (an attribution, the quotes
stage's business), not something one actor does to another.

Notes: pattern-based, no parser. Across sentences only these are read: `It` opening a sentence (the body the
sentence before opened with), `The gang` opening one (the gang the sentence before named last), a bare sum
after a funding sentence, an unnamed `the trust fund` or `the fund` after a cue (the mission whose fund was named
last), and money as a subject (`The allocation provides funding for`: the fund the article last said money came
from). Within a sentence, `he`/`she` opening a clause is its one person. A denial after the cue (`funds nothing`)
is not seen; by meaning only where `negations.txt` lists the verb (`stopped funding`).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable

from briefing.parse import lexicon, negation, relation_references, routes
from briefing.parse.doc import ArticleActors, Doc, Mention, Sentence, Span
from briefing.parse.relation_cues import ArticleCues, cues, flow_cues, prefix_marks

_MAX_GAP = 110
_ANTECEDENT_TYPES = frozenset({"country", "organization", "mission"})
_TERRITORY = frozenset({"place", "country"})
_GIVERS = frozenset({"country", "organization", "person"})
#: `’s second-largest donor`, `'s funding`: a funding noun after its owner's possessive
_OWNED_FUNDING = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}(?:funding|financing|budget|donors?|funders?|contributors?|backers?)\b"
)
_APPOSED = re.compile(
    r",\s+(?:(?:one|two|three|four|five|both|all|some|several|each)\s+of\s+|among\s+|)(?:the\s+|a\s+|)"
)
_TITLE_REACH = 200  # `led by` and up to four title words before the agent's name
_LONGEST_MENTION = 400  # a window that starts this far before a subject's end holds its start
_CLAUSE_BREAK = re.compile(r"[;:“”\"]|\.\s|,\s(?:but|while|although|whereas)\b")
_COORDINATION = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?|\s+and\s+(?:the\s+)?")
# `Viv Ansanm, which controls`, `the Viv Ansanm coalition, which controls` (a head noun after the name) and
# `Viv Ansanm, a coalition of gangs that controls` (an apposition opening a relative clause)
_RELATIVE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2},\s+(?:which|who)\s+"
    # `X, a coalition of gangs that controls`, `X, the Beninese officer who commands`
    r"|,\s+(?:an?|the)\s+(?:[A-Za-z][\w.’'-]*\s+){1,4}(?:that|which|who)\s+"
)
# `Viv Ansanm, led by X, now controls`: a participial aside between the subject and its verb
_ASIDE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2},\s+(?:[a-z]+ed|known\s+as|(?!including\b)[a-z]+ing\s+(?:for|on\s+behalf\s+of))"
    r"\s[^,;:“”\"]{1,80},\s+(?:[a-z]+\s+|)"
)
# `The A and B gangs, both members of the X coalition, seized`: an apposition saying what the subjects are
_MEMBERS_ASIDE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2},\s+(?:both|all|each|two|three|four)\s+(?:of\s+them\s+|)(?:members?|parts?|allies|factions?)"
    r"\s+of\s[^,;:“”\"]{1,60},\s+(?:[a-z]+\s+|)"
)
# `The mission, which the force replaced, was …`: a relative clause closed by a comma before the verb
_CLOSED_RELATIVE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2},\s+(?:which|who|that)\s(?:[^,;:“”\"]|,(?=\d)){1,80},\s+(?:[a-z]+\s+){0,2}"
)
#: `Canada, which has long been among the largest donors in the region, pledged`: a relative clause set off by
#: commas (none inside but in numbers) between a subject and its verb; group 1 is the comma that closes it
_SET_OFF_RELATIVE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2},\s+(?:which|who|whose)\s(?:[^,;:“”\"]|,(?=\d)){1,220}(,)\s+"
    r"(?:(?:has|have|had|is|was|are|were|also|now|then|still|later|again|recently|already)\s+)*"
)
_RELATIVE_REACH = 260  # a subject, its relative clause and the comma closing it
# `Canada, the largest donor to`: an apposition naming what the subject is, right before a noun cue
_APPOSED_SUBJECT = re.compile(r",\s+(?:the|a|an|its)\s+(?:[a-z][\w’'-]*\s+){0,3}")
# `The Inspector General of Police, X, heads …`: a name set off by commas after the role that opens the sentence
_ROLE_OPENING = re.compile(r"\s*(?:The|Its|Their|His|Her)\s[^,;:“”\"]{1,60},\s+")
# a name right after a preposition is that preposition's object, not the subject of a verb after it
# (`supplied radios to the HNP and delivered …`: the HNP delivers nothing)
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|for|into|with|at|on|by|against|towards?)\s+(?:the\s+|)$")
# `proposed the force together with Panama`: another subject named after the object
_TOGETHER_WITH = re.compile(r"\s+(?:together|along|jointly)\s+with\s+(?:the\s+|)")
#: `proposed the force at the Security Council with Panama`: for a proposal, `with` alone names a co-author
_PROPOSED_WITH = re.compile(
    r"(?:\s+(?:at|in|before)\s+the(?:\s+[A-Z][\w.]*){1,3}|)\s+(?:together\s+|along\s+|jointly\s+|)with\s+(?:the\s+|)"
)
# `Panamanian draft`, `U.S. and Panamanian draft`: the lower-case word after a country (and its partner)
_NOUN_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w.’'-]*)?\s+([a-z][a-z-]*)\b(?!['’])")
#: cue words that are also nouns or adverbs (`came back to`, `the support of`): a verb only with its object right after
_BARE_VERB_CUES = frozenset({"back", "support", "dominate"})
_BARE_OBJECT_GAP = re.compile(r"\s+(?:the\s+|)")
#: verbs of taking ground (`seized`, `overran`): a gang that takes a town holds it; anyone else only attacked it
_TAKING_CUES = frozenset({"seized", "seizes", "overran", "overruns", "overrun", "captured", "captures", "took"})
#: `the force's armored vehicles`, `the GSF's fuel`: up to three words of a thing the actor owns
_OWNED_THING = re.compile(r"[’']s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
#: `called for the force to be deployed`: an infinitive after the object says what is asked of it
_TO_AFTER = re.compile(r"\s+to\s+(?:be\s+|)[a-z]+")
_GOVERNMENT_NOUNS = frozenset({"government", "authorities", "state", "people", "administration", "leadership"})
_AGENT_TAIL = re.compile(r"\s+(?:the\s*|)$")  # the `the ` an agent match ends with
_HELD_REACH = 160
# `the JDF contingent, under the command of`, `the unit, which is under the command of`: the head right before
_AGENT_HEAD_GAP = re.compile(
    r",?\s+(?:(?:which|that|who)\s+|)(?:(?:is|was|are|were|has|have|been|will|be|now|still|remains?)\s+)*"
)
# a noun cue (`contribution to`, `the largest donor to`) says who gives only through its owner: `Canada's
# contribution to`, `Canada, the largest donor to`, `Canada is the largest donor to`
_NOUN_CUE_WORDS = frozenset(
    {
        "contribution",
        "contributions",
        "donation",
        "donations",
        "donor",
        "donors",
        "contributor",
        "contributors",
        "funder",
        "funders",
        # leadership as a noun (`Kenya's leadership of`, `Kenya is the lead nation of`)
        "leadership",
        "command",
        "lead",
    }
)
_NOUN_OWNER = re.compile(
    # `Canada's new`, `Canada's $30 million`, `Canada's C$60-million`
    r"[’']s\s+(?:[a-z][\w-]*\s+|)(?:(?:US|C|CA|)[$€£]\s?[\d.,]+(?:[\s-]+(?:million|billion))?\s+|)"
    r"(?:[a-z][\w-]*\s+|)"
    r"|,\s+(?:which\s+is\s+|)(?:the|a|an|its)\s+(?:[a-z][\w’'-]*\s+){0,3}"
    r"|\s+(?:(?:is|was|has\s+been|had\s+been|remains|remained|became|has\s+become)\s+)(?:also\s+|)"
    r"(?:the|a|an|its)\s+(?:[a-z][\w’'-]*\s+){0,3}"
    # `Canada has made a contribution to`, `have made smaller contributions to`
    r"|\s+(?:(?:has|have|had|also|already)\s+)*(?:made|make|makes|making)\s+(?:an?\s+|)(?:[a-z][\w-]*\s+){0,2}"
    # `Canada is among the main funders of`, `is one of the largest donors to`
    r"|\s+(?:(?:is|was|are|were|has\s+been|had\s+been|remains|remained)\s+)(?:also\s+|)(?:among|one\s+of)\s+"
    r"(?:the|its)\s+(?:[a-z][\w’'-]*\s+){0,3}"
)
# between a place and a phrase of control said of it: `Liancourt, now under`, `Liancourt, which is held by`, or an
# apposition whose relative clause holds it (`Liancourt, a farming town in … that is now under`)
_HELD_AUX = (
    r"(?:is|was|are|were|has|have|had|been|being|remains?|remained|now|still|largely|mostly|entirely|firmly|"
    r"fully|effectively|long|for\s+(?:years|months|decades)|since\s+\d{4})"
)
_HELD_GAP = re.compile(rf"(?:,\s+(?:which\s+|that\s+|)|\s+(?:which|that)\s+|\s+(?={_HELD_AUX}\s))(?:{_HELD_AUX}\s+)*")
#: `Mirebalais fell to`, `the town has fallen to`: a verb of falling, whose subject is the place that falls
_FELL_GAP = re.compile(rf"\s+(?:{_HELD_AUX}\s+)*")
_FALLING_CUES = frozenset({"fell to", "fallen to", "falls to"})
_HELD_APPOSITION = re.compile(rf",\s+(?:an?|the)\s+[^,;:“”\"]{{1,100}}?(?:\s+(?:that|which)|,)\s+(?:{_HELD_AUX}\s+)*")
#: `controlled by gangs belonging to the X coalition`: members of the group named after them act for it
_MEMBERS_OF = re.compile(
    r"(?:armed\s+|rival\s+|allied\s+|)(?:gangs?|groups?|members|factions?|fighters|gunmen|cells?)\s+"
    r"(?:belonging\s+to|of|from|loyal\s+to|allied\s+(?:with|to)|linked\s+to|affiliated\s+with|tied\s+to)\s+(?:the\s+|)"
)
# `the 400 Mawozo stronghold`, `Gran Grif's main stronghold`, `the Gran Grif gang's bastion`
_GROUP_BEFORE_NOUN = re.compile(r"(?:\s+gang|\s+coalition|)(?:[’']s|)\s+(?:[a-z]+\s+|)")
# `Croix-des-Bouquets, the <group> stronghold`, `Savien is a <group> bastion`
_PLACE_BEFORE_GROUP = re.compile(
    r"(?:,\s+|\s+(?:is|was|remains|became|has\s+long\s+been|has\s+been)\s+(?:now\s+|still\s+|))(?:the|an?)\s+"
)
_PLACE_AFTER_NOUN = re.compile(r"\s+(?:of|in)\s+(?:the\s+|)")  # `Gran Grif's stronghold of Savien`
_FUND_OWNER = re.compile(r"[’']s\s+(?:[a-z]+\s+){0,2}?(?:trust\s+|)fund\b")  # `the force's trust fund`
#: `The trust fund has received`, `the fund had also received`: a fund that the actors stage tied to no mission
_UNNAMED_FUND = re.compile(
    r"\b(?:[Tt]he|[Ii]ts)\s+((?:[a-z]+\s+){0,2}?(?:trust\s+|)fund)\s+(?:(?:has|had|have|also|so\s+far|now)\s+)*$"
)
#: `with money from`, `on financing from`, `with funding from the`: money named with its giver, not its receiver
_MOSTLY = r"(?:(?:mostly|mainly|largely|primarily|chiefly|partly|entirely)\s+|)"
_MONEY_NOUN = r"(?:money|funding|financing|funds|grants?|cash|contributions|donations|budget)"
_MONEY_FROM = re.compile(
    rf"\b(?:(?:with|on|through)\s+(?:(?:new|fresh|extra|additional|voluntary|smaller|further|other|more)\s+|)"
    rf"{_MONEY_NOUN}"
    # `was made possible by contributions from`
    rf"|made\s+possible\s+{_MOSTLY}by\s+(?:(?:voluntary|generous)\s+|){_MONEY_NOUN}"
    # `receives most of its funding from`, `gets its money from`
    rf"|(?:receives|received|gets|got|draws|drew)\s+(?:(?:most|much|all|the\s+bulk|part|some)\s+of\s+|)"
    rf"(?:its|their)\s+{_MONEY_NOUN}"
    # `, whose funding comes mainly from`, `Its money came from`
    rf"|(?:whose|[Ii]ts|[Tt]heir)\s+{_MONEY_NOUN}\s+(?:comes|came|has\s+come|have\s+come))"
    rf"\s+{_MOSTLY}from\s+(?:the\s+|)"
)
#: `the mission's money came from`: a body's or mission's money and its givers, named after `from`
_OWNED_MONEY_FROM = re.compile(
    rf"[’']s\s+(?:[a-z]+\s+){{0,2}}?{_MONEY_NOUN}\s+(?:comes|came|come|has\s+come|have\s+come|had\s+come)\s+"
    rf"{_MOSTLY}from\s+(?:the\s+|)"
)
#: `carried almost the entire cost of the`, `bore most of the costs of`, `has paid the bulk of the bill for`
_COST_OF = re.compile(
    r"\b(?:carried|carries|carry|carrying|bore|bears|bear|borne|covered|covers|cover|covering|shouldered|shoulders|"
    r"met|meets|paid|pays|footed|foots|picked\s+up|picks\s+up)\s+"
    r"(?:(?:most|much|all|half|part|some|almost|nearly|roughly|about|the\s+bulk|the\s+lion[’']s\s+share|"
    r"an?\s+(?:large|larger|big|bigger)\s+share|the\s+(?:largest|biggest)\s+share)\s+(?:of\s+|))*"
    r"(?:the\s+|its\s+|)(?:entire\s+|full\s+|whole\s+|)(?:cost|costs|bill|expenses)\s+(?:of|for)\s+(?:the\s+|)"
)
#: `Its funding has come`: a sentence opening with the money of the body named in the sentence before
_OWNED_MONEY_OPENING = re.compile(rf"\s*(Its|Their)\s+{_MONEY_NOUN}\s")
#: `'s main donors are`, `'s biggest funder is the`: the owner's funders, named after the copula
_FUNDERS_ARE = re.compile(
    r"[’']s\s+(?:[a-z-]+\s+){0,2}?(?:donors?|funders?|financial\s+backers?|paymasters?)\s+"
    r"(?:is|are|was|were|remains|remain|remained|has\s+been|have\s+been)\s+(?:still\s+|)(?:the\s+|)"
)
#: `Funding for the MSS comes from X`, `Financing for the force is assured by X`: a sentence that opens with money
#: for its receiver, then the verb that names the giver
_MONEY_OPENING = re.compile(
    r"(?:(?:[Mm]ost|[Mm]uch|[Aa]ll|[Pp]art|[Hh]alf|[Tt]he\s+bulk)\s+of\s+|)"
    r"(?:[Tt]he\s+|)(?:[Ff]unding|[Ff]inancing|[Mm]oney|[Bb]udget)\s+(?:for|of)\s+(?:the\s+|)"
)
_MONEY_GIVEN_BY = re.compile(
    rf"\s+(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+{_MOSTLY}"
    rf"(?:assured|provided|covered|guaranteed|secured|met|paid)\s+by|(?:comes|came|has\s+come)\s+{_MOSTLY}from)"
    r"\s+(?:the\s+|)"
)
#: `the trust fund that pays for the`, `a fund which finances`: a fund named by what it pays for
_FUND_PAYING_FOR = re.compile(
    r"\bfund,?\s+(?:that|which)\s+(?:(?:will|would|is\s+to)\s+|)(?:pays?|paid|finances?|financed|covers?|covered)"
    r"\s+(?:for\s+|)(?:the\s+|)$"
)
#: `contributions to the fund`, `paid into the trust fund`: the fund that the article tied to its mission last
_UNNAMED_FUND_AFTER = re.compile(r"\s+((?:the|its)\s+(?:[a-z]+\s+){0,2}?(?:trust\s+|)fund)\b(?!\s+(?:for|of)\b)")
#: `, which was rebuilt last year`: a relative clause in the passive, where money named after it goes to its head
_MONEY_RELATIVE = re.compile(
    r",\s+(?:which|that)\s+(?:(?:was|were|has\s+been|had\s+been|is\s+being|was\s+being|is|are)\s+)"
    r"(?:(?:largely|partly|recently|also)\s+|)(?!(?:the|an?|not|never)\b)[a-z]+\b[^,;:“”\"]*$"
)
_LOCATED_BY = re.compile(r"\s+in\s+(?:the\s+|)")  # `the academy in X`: X only locates the academy
#: between two bodies of a list: `, `, ` and `, `, and ` (group 1), after an acronym in brackets, before `the`
_BODY_LIST = re.compile(r"(?:\s*\([A-Z][\w/.&-]{0,15}\))?(,\s+and|,|\s+and)\s+(?:the\s+|)")
#: `The allocation provides`, `This funding will also`: money as the subject of the sentence, right before the cue
_MONEY_SUBJECT = re.compile(
    r"\s*((?:The|This|That|These|Its)\s+(?:[a-z-]+\s+){0,2}?(?:allocation|allocations|grant|grants|funding|funds|money|"
    r"disbursement|envelope))\s+(?:(?:will|would|also|has|have|had|is|was|further|then)\s+)*"
    r"(?:provides?|provided|providing|offers?|offered|gives?|gave|is\s+|)\s*"
)
#: `from the X Fund`: a fund that money is said to come from
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|)$")
#: `, and he has`, `; she also`: a person's pronoun opening a clause, right before the cue
_PERSON_PRONOUN = re.compile(
    r"(?:[,;]\s+(?:and\s+|but\s+|)|\s+and\s+)(he|she)\s+(?:(?:has|had|have|also|then|later|again|allegedly)\s+)*$"
)
#: `in funding for its logistics`, `for its salaries`: money given for what `its` owner needs
_FOR_ITS = re.compile(
    r"(?:\s+in\s+(?:[a-z]+\s+){0,2}?(?:funding|aid|support|contributions))?\s+(?:for|to(?:wards?)?)\s+(its)\s+[a-z]"
)
#: verbs of trade or arming that supply only when what is handed over is weapons or contraband
_ARMS_ONLY_CUES = frozenset({"armed", "arming", "sold", "sells", "selling"})
#: `funded largely by voluntary contributions from X`: the givers of the money that the passive names
_MONEY_OF = re.compile(
    r"(?:(?:voluntary|generous|direct|bilateral|annual)\s+|)(?:contributions|donations|money|funds|grants|funding|"
    r"payments)\s+(?:from|of)\s+(?:the\s+|)"
)
_RECEIVING_BODIES = frozenset({"organization", "mission", "group"})
_SPENDING_CUES = frozenset({"spent", "spends", "spending"})
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+|)$")
_FRONTED_CLOSE = re.compile(r"(?:\s+[a-z][\w-]*){0,3},\s+(?:the\s+|)")  # `With the support of X and its allies, the`
#: `Viv Ansanm, a coalition of gangs, controls`: an apposition saying what the subject is, between it and its verb
_APPOSITION_SUBJECT = re.compile(
    r",\s+(?:an?|the)\s+[^,;:“”\"]{1,80},\s+(?:(?:has|have|had|also|now|still|then|already|largely|effectively)\s+)*"
)
#: `a separate programme, run by the`, `projects implemented by`: what is funded, then the body that runs it
_RUN_BY = re.compile(
    r"\s+(?:(?:an?|the|its|two|three|several)\s+|)(?:[a-z-]+\s+){0,3}?(?:programmes?|programs?|projects?|"
    r"initiatives?|operations?|schemes?),?\s+(?:run|implemented|managed|led|carried\s+out|operated|administered)\s+"
    r"by\s+(?:the\s+|)"
)
_FUNDED_TYPES = frozenset({"mission", "organization"})
#: `Solino and`, `, Solino, Tabarre and`: names in a list of places that no actor stands for
_UNNAMED_ITEMS = re.compile(r"(?:\s*,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=\s*,|\s+and\b))+")
#: `a delegation of the`, `the contingent of`: an unnamed noun right before the name it belongs to
_NOUN_OF = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+of\s+(?:the\s+|)$")
#: `urged the international community to`, `asked other donors to`: an unnamed agent of the `to` cue after it
_UNNAMED_OBJECT = re.compile(r"\b(?:the|a|an|its|their|other|more)\s+(?:[a-z][\w-]*\s+){0,2}$")
# `, once a neighbourhood crew in Savien, now `: an apposition set off by commas between a subject and its verb
_APPOSITION_ASIDE = re.compile(r",\s+[^,;:“”\"]{1,80},\s+(?:[a-z]+\s+|)")
_AUX_ONLY = re.compile(r"(?:\s+(?:now|still|also|has|have|had|is|was|then|already|effectively|largely|mostly))*\s+")
_RANKED_AFTER = re.compile(r"\s+(?:after|behind|only\s+to)\s+(?:the\s+|)")  # `second-largest donor after X`
_PRONOUN_PASSIVE = re.compile(r"\s*(It)\s+(?:was|is|has\s+been|had\s+been|will\s+be|would\s+be)\s")
#: money named in a sentence: a sum, a fund, or a word of money or pledging
_MONEY_SENTENCE = re.compile(
    r"[$€£]|\b(?:fund|funds|funding|funded|money|financing|financial|cash|budget|dollars|euros|pledges?|pledged|"
    r"donors?|million|billion)\b",
    re.IGNORECASE,
)
# `<object>, which the <subject> <verb>`: a relative clause whose relative pronoun is the verb's object
# `, which Kenya led`, and through an apposition (`, a force that Kenya leads`)
_OBJECT_RELATIVE = re.compile(r",\s+(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,2}|)(?:which|that)\s+(?:the\s+|)$")
#: `, along with`, `, as well as the`: a companion of the subject, set off by commas before the verb
_COMPANION_BEFORE = re.compile(r",\s+(?:along\s+with|together\s+with|as\s+well\s+as|alongside)\s+(?:the\s+|)$")
#: `Kenya, whose police have led`: a country's people acting for it in a relative clause (`personnel_nouns.txt`)
#: `Beninese police officers who led`: a demonym's people, then the relative clause they act in
_PEOPLE_WHO = re.compile(r"\s+((?:[a-z]+\s+){0,1}[a-z]+)\s+(?:who|that)\s+(?:(?:have|had|has|also|once)\s+)*")
_WHOSE_PEOPLE = re.compile(r",\s+whose\s+(?:([a-z]+)\s+(?=[a-z]+\s)|)([a-z]+)(?=\s)")
#: `The force is a mission backed by`: the unnamed noun is what the subject is, not what it belongs to
_COPULA_GAP = re.compile(r"\s+(?:is|was|remains|remained|became|has\s+been|had\s+been)\s+(?:now\s+|still\s+|also\s+|)")
_AUX_GAP = re.compile(r"\s+(?:(?:has|have|had|also|now|still|then|largely|mostly|long|once|later|first)\s+)*")
_NO_OBJECT_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:for|in|since|until|from|last|this|during|at|on)\b")
#: `proposed to the Security Council`: who a proposal is put to, not what is proposed
_TO_RECIPIENT = re.compile(r"\s+to\s+(?:the\s+|)[A-Z]")
_RELATIVE_HEADS = frozenset({"mission", "organization", "group"})
_OF_PHRASE = re.compile(r"\b(?:to|for|of|in|at|on|with|from|into|by|across)\s+(?:the\s+|)$")
_CHAIN = re.compile(r",\s+|\s+and\s+|,\s+and\s+")  # `Canadian-funded, Kenyan-led`, `UN-backed and Kenya-led`
# `is Kenyan-led`, `was Kenya-led from the start`: a prefix cue used as a predicate, the subject before the verb
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|remains|remained)\s+(?:now\s+|still\s+|largely\s+|)$")
_TITLE_GAP = re.compile(r"(?:[A-Z][\w.-]*\s+){0,4}")  # `led by Special Representative <name>`
#: the whole-word `'s` that makes the name before it the owner of a noun, not the noun (`the JDF's contingent`)
_POSSESSIVE = re.compile(r"[’']s\b")
# `Kenya-led multinational <mission>`, no more; a preposition ends the phrase (`Kenya-led mission in Haiti`)
#: the word before `control of`, past a degree (`full`, `effective`): a possessive (group 1 unset) or a verb
_WORD_BEFORE = re.compile(
    r"(?:[’']s|(\b([A-Za-z]+)))\s+(?:(?:full|effective|total|firm|complete|near-total|de\s+facto|partial|overall)\s+)?$"
)
#: `under Kenyan leadership`: `under` right before the leader, a noun of leadership right after it
_UNDER_BEFORE = re.compile(r"\bunder\s+(?:the\s+|)$")
_LEADERSHIP_AFTER = re.compile(r"\s+(?:leadership|command)\b")
#: `leading the mission`: a mission written as a common noun right after the cue
_UNNAMED_MISSION = re.compile(r"\s+((?:the|that)\s+(?:previous\s+|)mission)\b(?![-’'])")


@functools.cache
def _led_missions() -> dict[str, str]:
    """ISO3 -> the mission that country is known to lead (the actors stage's data file, read here as data)."""
    return dict(lexicon.tsv_rows("led_missions.tsv"))


#: `UN trust fund for the`, `’s special fund for`: after a body, the fund it keeps for another
_FUND_FOR = re.compile(r"(?:[’']s|)\s+(?:[a-z]+\s+){0,2}?(?:trust\s+|)fund\s+(?:for|of)\s+(?:the\s+|)")
#: `her country`, `his government`: a subject standing for the country of the one whose words are reported
_OWN_COUNTRY = re.compile(r"\b((?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:country|government|nation))\s+")
_SAID_THAT = re.compile(r"\b(?:said|says|told\s+[^,;:.]{1,40}?|stated|noted|added|stressed)\s+(?:that\s+|)$")
#: `the representative of the`, `the ambassador for`: the country a speaker speaks for, named right after
_ENVOY_OF = re.compile(r"\b(?:representative|ambassador|envoy|delegate|minister)\s+(?:of|for|from)\s+(?:the\s+|)$")
_ENVOY_AFTER = re.compile(r"[’']s\s+(?:[a-z]+\s+){0,2}(?:representative|ambassador|envoy|delegate|minister)\b")
# `the MSS, a UN-backed force`: an apposition whose prefix modifier qualifies an unnamed noun, so the actor
# before the comma is what the modifier's relation is about
_APPOSED_MODIFIER = re.compile(r"(?:\s+[a-z]+|),\s+(?:an?|the)\s+(?:new\s+|)$")
#: `UN-mandated `, `U.S.-trained `: a hyphenated modifier that a name opens (the prefix cues are a few of them)
_HYPHEN_COMPOUND = re.compile(r"-[a-z][a-z-]*\s")
_PREFIX_GAP = re.compile(r"(?:(?!(?:in|of|for|to|at|on|from|with|into|by|across|over)\s)[a-z]+\s+){0,2}")
_SUBJECT_BREAK = re.compile(
    r",(?!\d)|[;:“”\"]|\.\s|\b(?:where|which|who|whose|that|while|although|when|because|if|unless|once)\b"
)
# Between a verb and its object: words that open another phrase (`funding for the mission through a U.N. fund`,
# `the mission in Haiti`), so a name after them is not the object; `, including` opens a list of objects.
# (`that` is no stop: `proposed that CARICOM lead` proposes CARICOM, `the funding that supports X` funds X.)
_OBJECT_STOP = re.compile(
    r"\b(?:through|via|in|at|on|with|from|since|during|after|before|across|into|than|by|against|over|under|"
    r"near|around|between|amid|when|where|whether|if)\b"
)
#: `the commune of`, `the town of`: a place introduced by its kind, in a list of places
_KIND_OF = r"(?:the\s+(?:commune|town|city|village|neighbou?rhood|district|department|port|area)\s+of\s+)"
_INCLUDING = re.compile(
    rf",\s+including\s+(?:(?:large\s+|small\s+|)(?:parts?|much|most|areas?)\s+of\s+|{_KIND_OF}|)(?:the\s+|)$"
)
# Places joined to a first place object: `Bel Air, Solino and large parts of Delmas`, `, including Tabarre`
# An unnamed noun that the passive cue modifies, right before it: `a delegation of the council led by X`,
# `JDF, the contingent will be led by X` (what X leads is that noun, not the name before it).
_UNNAMED_HEAD = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this)\s+(?:[a-z][\w-]*\s+){1,3}"
    r"(?:(?:is|was|are|were|will|would|be|being|been|has|have|had)\s+)*$"
)
# One leads what follows the verb, not what that belongs to: `heads the planning cell for the mission`. (Funding
# passes through: `funded training for the police` funds the police.)
_OF_FOR = re.compile(r"\b(?:of|for)\b")
_FROM = re.compile(r"\s+from\s+(?:the\s+|)")
#: `the new funding for the MSS announced by Canada`: who gives, named in a passive after the one funded
_GIVEN_BY = re.compile(
    r"\s+(?:announced|pledged|promised|provided|committed|offered|approved|given)\s+(?:[a-z]+ly\s+|)by\s+(?:the\s+|)"
)
#: `It pledged`, `It has also committed`, `it would contribute`: a pronoun subject right before the cue
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|(?<=[\s“\"]))(It|it)\s+(?:(?:has|had|will|would|also|then|later|again|says|said|it)\s+)*$"
)
_PLACE_LIST = re.compile(
    r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+(?:including\s+|)"
    rf"(?:(?:large\s+|small\s+|)(?:parts?|much|most|areas?)\s+of\s+|{_KIND_OF}|)(?:the\s+|)"
)


@functools.cache
def _role_gap() -> re.Pattern[str]:
    """`led by former police officer <name>`: a role written in lower case (closed by a noun of
    `role_nouns.txt`) before a name, optionally followed by title words."""
    nouns = "|".join(sorted(map(re.escape, lexicon.word_list("role_nouns.txt")), key=len, reverse=True))
    return re.compile(rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{nouns})\s+(?:[A-Z][\w.-]*\s+){{0,4}}")


@functools.cache
def _passage() -> re.Pattern[str]:
    """Ways through or around a place (`lexicons/passage_nouns.txt`): holding them is not holding the place."""
    words = "|".join(sorted(map(re.escape, lexicon.word_list("passage_nouns.txt")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b")


@functools.cache
def _place_noun() -> re.Pattern[str]:
    """`most of the commune`, `the town`: a place named again by a common noun (`lexicons/place_nouns.txt`)."""
    words = {*lexicon.word_list("place_nouns.txt"), "town", "city", "port"}
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:(?:most|much|all|parts?|large\s+parts|swathes)\s+of\s+|)(the\s+(?:{alternation}))\b(?![-’'])"
        r"(?!\s+of\b)"
    )


@functools.cache
def _group_noun() -> re.Pattern[str]:
    """`The gang`, `The coalition` opening a sentence (`lexicons/group_references.txt`)."""
    words = "|".join(sorted(map(re.escape, lexicon.word_list("group_references.txt")), key=len, reverse=True))
    return re.compile(rf"\s*(The\s+(?:{words}))\b")


@functools.cache
def _personnel() -> re.Pattern[str]:
    """People a country sends to a mission (`lexicons/personnel_nouns.txt`)."""
    words = "|".join(sorted(map(re.escape, lexicon.word_list("personnel_nouns.txt")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b")  # lower case: `Haitian National Police` names a body


@functools.cache
def _leader_before() -> re.Pattern[str]:
    """`'s commander, Maj. Gen. `, `, whose leader `: between a body and the name of the one who leads it."""
    words = "|".join(sorted(map(re.escape, lexicon.word_list("leader_nouns.txt")), key=len, reverse=True))
    return re.compile(
        rf"(?:[’']s|,\s+whose)\s+(?:(?:new|top|overall|current)\s+|)(?:{words}),?\s+(?:[A-Z][\w.-]*\.\s+){{0,3}}$"
    )


@functools.cache
def _request() -> re.Pattern[str]:
    """A verb of asking right before the one asked (`lexicons/request_verbs.txt`): `called on the`, `urged`."""
    words = "|".join(sorted(map(re.escape, lexicon.word_list("request_verbs.txt")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+|)$", re.IGNORECASE)


#: between the one asked and its infinitive: nothing, or a short aside (`called on Brazil, again, to fund`)
_TO_GAP = re.compile(r"\s*(?:,[^,;:]{1,30},\s*|)(?:also\s+|)")


def _title_gap(text: str) -> bool:
    """Words between an agent phrase (`led by`) and the agent's name: titles, or a lower-case role."""
    return _TITLE_GAP.fullmatch(text) is not None or _role_gap().fullmatch(text) is not None


@dataclasses.dataclass(frozen=True, slots=True)
class Relation:
    source: str  # actor key
    relation: str
    target: str
    start: int
    end: int
    sentence: Sentence
    item: Span | None = None  # what is trafficked or supplied, as written (`weapons`)
    nominal_target: bool = False  # the target is written as a common noun (`that mission`), not by name


class _SentenceRelations:
    def __init__(
        self,
        body: str,
        sentence: Sentence,
        mentions: list[Mention],
        found: ArticleActors,
        cues: ArticleCues,
        antecedent: Mention | None = None,
        fund_target: str | None = None,
        fund_owner: str | None = None,
        group_before: Mention | None = None,
        money_reach: int | None = None,
        named_by_noun: frozenset[int] = frozenset(),
        money_source: str | None = None,
    ) -> None:
        self.body = body
        self.money_source = (
            money_source  # the fund the article last said money came from (`$9 million from the X Fund`)
        )
        # where `the mission` was tied to the one mission so named by this stage (any mission may be led: `thanked
        # Brazil for leading the mission` is no lead of it; `_known_mission` reads who leads an unnamed mission)
        self.named_by_noun = named_by_noun
        self.antecedent = antecedent
        self.fund_target = fund_target  # the mission the sentence before funds (same paragraph), if any
        self.fund_owner = fund_owner  # the mission whose fund the article named last, if any
        self.group_before = group_before  # the gang or coalition the sentence before named last (same paragraph)
        self.money_reach = money_reach or sentence.end  # where the next sentence of the paragraph ends
        self.cues = cues
        self.sentence = sentence
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.found = found
        self.relations: list[Relation] = []

    def _unstated(self, subject_start: int, cue_end: int, floor: int) -> bool:
        """Is what the cue says denied (`did not fund`) or only hypothetical (`would fund … if`)? Then no relation."""
        return negation.denied(self.body, subject_start, cue_end, floor) or negation.hypothetical(
            self.body, subject_start, cue_end, self.sentence.end, floor
        )

    def _from(self, start: int, reach: int | None = None) -> list[Mention]:
        """The sentence's mentions that start at or after `start` (within `reach` characters of it), in order.
        Each cue looks at the mentions near it, not at the whole sentence: a long sentence stays linear."""
        lo = bisect.bisect_left(self.starts, start)
        hi = len(self.starts) if reach is None else bisect.bisect_right(self.starts, start + reach)
        return self.mentions[lo:hi]

    def _before(self, end: int) -> list[Mention]:
        """The sentence's mentions that start before `end`, nearest last (a view, no copy for the caller)."""
        return self.mentions[: bisect.bisect_left(self.starts, end)]

    def add(self, source: Mention, relation: str, target: Mention, item: Span | None = None) -> None:
        if source.key == target.key:
            return
        if relation == "controls" and self.found.actors[target.key].type not in _TERRITORY:
            return  # one controls ground: `the force took over the mission's duties` is no control
        if relation == "controls" and self._is_place(source):
            return  # a town holds no other ground: `whoever holds X holds the door to Y` is no control by X
        if relation == "leads" and target.start in self.named_by_noun and target.text.endswith("mission"):
            return
        if relation == "leads" and self._is_place(target):
            return  # one leads a body or a country, not a town: `led a visit to X`, `commands the X police department`
        if relation_references.another_one(target.text, self.found.actors[target.key].name):
            return  # `led the earlier mission`, where the article names only the force that replaced it
        start, end = min(source.start, target.start), max(source.end, target.end)
        # `that mission` as an object, not `the Kenya-led mission` (whose mission the actors stage reads from `Kenya`)
        nominal = (
            target.text[:1].islower()
            and not self.modifier(source)
            and "fund" not in target.text
            and not relation_references.named_by_noun(target.text, self.found.actors[target.key].name)
        )
        self.relations.append(Relation(source.key, relation, target.key, start, end, self.sentence, item, nominal))

    def modifier(self, mention: Mention) -> bool:
        """`Kenya` in `Kenya-led mission` modifies the next actor rather than standing alone."""
        return self.body.startswith(prefix_marks(), mention.end)

    def prefix(self) -> None:
        """`Kenya-led mission`, and through a chain of such modifiers (`the Canadian-funded, Kenyan-led MSS`:
        Canada funds the MSS); `was Kenyan-led` as a predicate acts on the clause's subject."""
        for i, m in enumerate(self.mentions):
            if self.body[m.end : m.end + 1] != "-":
                continue  # most mentions are no prefix: one character tells
            for rel, phrase in cues("prefix"):
                if not self.body.startswith(phrase, m.end + 1):
                    continue
                end = m.end + len(phrase) + 1
                if self.body[end : end + 1].isalnum() or self.body[end : end + 1] == "-":
                    continue  # `-ledger`: another word
                target = self._modified(i, end)
                if target is not None:
                    self.add(m, rel, target)
                elif (apposed := self._apposed_to(m)) is not None:
                    self.add(m, rel, apposed)
                elif _COPULA_BEFORE.search(self.body, max(self.sentence.start, m.start - 30), m.start):
                    for source in self.subjects(_At(m.start, end)):
                        self.add(m, rel, source)

    def _modified_at(self, modifier: Mention) -> Mention | None:
        """The named actor a prefix modifier qualifies (`Kenya` in `Kenya-led MSS`), or None (`a UN-backed force`)."""
        mark = next((p for p in prefix_marks() if self.body.startswith(p, modifier.end)), "")
        at = bisect.bisect_left(self.starts, modifier.start)
        return self._modified(at, modifier.end + len(mark) - 1)

    def _modified(self, i: int, end: int) -> Mention | None:
        """The actor that the prefix cue ending at `end` after mention `i` modifies: the next mention when only
        modifiers stand between, or what the next prefix modifier in a chain modifies (`, Kenyan-led`)."""
        for j in range(i + 1, len(self.mentions)):
            nxt = self.mentions[j]
            if nxt.start < end:
                continue
            between = self.body[end : nxt.start]
            if between[:1] == " " and _PREFIX_GAP.fullmatch(between[1:]):
                if not self.modifier(nxt):
                    return nxt
            elif not _CHAIN.fullmatch(between) or not self.modifier(nxt):
                return None
            mark = next((p for p in prefix_marks() if self.body.startswith(p, nxt.end)), None)
            if mark is None:
                return None
            end = nxt.end + len(mark) - 1
        return None

    def _apposed_to(self, modifier: Mention) -> Mention | None:
        """`the MSS, a UN-backed force led by Kenya`: the mission or body that the apposition holding the
        modifier describes (the mention right before `, a`), when the modifier qualifies no named actor."""
        before = self._before(modifier.start)
        if not before:
            return None
        head = before[-1]
        gap = self.body[head.end : modifier.start]
        if not _APPOSED_MODIFIER.fullmatch(gap) or self.found.actors[head.key].type not in _FUNDED_TYPES:
            return None
        return head

    def coordinated(self, mention: Mention, forward: bool) -> list[Mention]:
        """The mention and those joined to it by `and` or commas (`Canada and Brazil`), in one direction."""
        group = [mention]
        is_place = self._is_place(mention)
        at = bisect.bisect_left(self.starts, mention.start)
        ordered = self.mentions[at:] if forward else reversed(self.mentions[:at])
        for m in ordered:
            last = group[-1]
            in_order = m.start >= last.end if forward else m.end <= last.start
            if not in_order:
                continue
            gap = self.body[last.end : m.start] if forward else self.body[m.end : last.start]
            # places join places and actors join actors: `Cap-Haïtien, and Gran Grif controls` is two clauses
            if not (_COORDINATION.fullmatch(gap) and self._is_place(m) == is_place):
                break  # a later mention's gap holds this one's name: no coordination reaches past it
            group.append(m)
        return group

    def _is_place(self, mention: Mention) -> bool:
        return self.found.actors[mention.key].type == "place"

    def passive(self) -> None:
        """`<B>, led by <A> and backed by <C>`: A and C act on B, the head of the chain (unless denied:
        `the mission, which was not funded by Canada`)."""
        agents: set[str] = set()
        cues = self.cues.passive(self.sentence)
        for rel, cue in sorted(cues, key=lambda c: c[1].start()):
            agent = next(
                (
                    m
                    for m in self._from(cue.end(), _TITLE_REACH)
                    if _title_gap(self.body[cue.end() : m.start])
                    or (rel == "funds" and _MONEY_OF.fullmatch(self.body, cue.end(), m.start))
                ),
                None,
            )
            if agent is None:
                continue
            agent = self._person_after_demonym(agent, cue.end())
            chain = self.coordinated(agent, forward=True)
            agents.update(m.key for m in chain)
            relative = self._relative_subject(cue.start())
            head = (
                relative[0]
                if relative and relative[0].key not in agents
                else next(
                    (m for m in reversed(self._before(cue.start())) if m.end <= cue.start() and m.key not in agents),
                    None,
                )
            ) or self._pronoun_head(cue.start())
            if head and self.modifier(head) and self._modified_at(head) is None:
                # `the MSS, a UN-backed force led by Kenya`: the modifier is no head; the apposition's actor is
                head = self._apposed_to(head)
            elif head and _HYPHEN_COMPOUND.match(self.body, head.end):
                # `the UN-mandated mission led by Benin`: a name inside any hyphenated modifier qualifies the noun
                # after it, which is what the passive acts on (no actor when that noun is unnamed)
                head = self._apposed_to(head)
            unnamed = head and _UNNAMED_HEAD.search(self.body, max(head.end, cue.start() - 80), cue.start())
            if unnamed and not _COPULA_GAP.fullmatch(self.body, head.end, unnamed.start()):
                continue  # `a delegation of the council led by X`: what X leads is the unnamed noun, not `Haiti`
            if head and self._part_of(head):
                continue  # `a delegation of the council led by X`: X leads the delegation, not the council
            if head and _POSSESSIVE.match(self.body, head.end):
                continue  # `the JDF's first contingent was commanded by X`: X leads the contingent, not the JDF
            # `did not commit funding to the MSS, which is financed by X`: the head's own clause, when set off by
            # a comma, is what may deny the passive, not the clause the head is the object of
            floor = head.start if head and "," in self.body[head.end : cue.start()] else self.sentence.start
            if head and not self._unstated(head.start, cue.end(), floor):
                for member in chain:
                    self.add(member, rel, head)

    def _person_after_demonym(self, agent: Mention, cue_end: int) -> Mention:
        """`commanded by Beninese general X`: the person a demonym and a role qualify is the agent, not the country."""
        if self.found.actors[agent.key].type != "country":
            return agent
        person = next((m for m in self._from(agent.end, _TITLE_REACH) if m.start > agent.end), None)
        if person is None or self.found.actors[person.key].type != "person":
            return agent
        return person if _role_gap().fullmatch(self.body, agent.end + 1, person.start) else agent

    def _pronoun_head(self, cue_start: int) -> Mention | None:
        """`The MSS began deploying in June. It was … funded mostly by the United States`: a passive whose subject
        is `It`, opening the sentence, acts on the body or mission that opened the sentence before."""
        pronoun = _PRONOUN_PASSIVE.match(self.body, self.sentence.start, cue_start)
        if pronoun is None or self.antecedent is None:
            return None
        return Mention(self.antecedent.key, pronoun.start(1), pronoun.end(1), pronoun.group(1), self.sentence.index)

    def _part_of(self, head: Mention) -> bool:
        """Is the head written as what an unnamed noun belongs to (`a delegation of the council`, `a contingent of
        the JDF`)? Its government is the head itself (`the government of Haiti`)."""
        noun = _NOUN_OF.search(self.body, max(self.sentence.start, head.start - 50), head.start)
        return noun is not None and noun.group(1) not in _GOVERNMENT_NOUNS

    def subjects(self, cue: re.Match[str], payers: bool = False) -> list[Mention]:
        """Who does what the cue says: the nearest actor in the clause before it, with those coordinated
        to it (`Canada and Brazil fund`); none when the clause denies it (`Kenya did not lead`). `payers`:
        money is given, which a place does not do (`X visited <city> and announced $N million`: X gives)."""
        companions = self._companions(cue)
        if companions:
            return companions
        relative = self._relative_subject(cue.start())
        if relative is not None and cue.group().split(" ", 1)[0].lower() not in _NOUN_CUE_WORDS:
            head, close = relative
            group = [m for m in self.coordinated(head, forward=False) if not (payers and self._is_place(m))]
            if not group or self._unstated(close, cue.end(), close):
                return []
            return group
        sources = [
            m
            for m in self._from(cue.start() - _MAX_GAP - _LONGEST_MENTION, _MAX_GAP + _LONGEST_MENTION)
            if m.end <= cue.start()
            and cue.start() - m.end <= _MAX_GAP
            and not (payers and self._is_place(m))
            and (
                self._subject_gap(m.end, cue.start())
                or self._set_off_subject(m, cue.start())
                or self._people_of(m, cue.start())
            )
            and not self.modifier(m)
            and not self._prepositional_object(m, cue.start())
        ]
        if cue.group()[:3].lower() == "to " and _UNNAMED_OBJECT.search(
            self.body, max(0, cue.start() - 60), cue.start()
        ):
            return []  # `pressure on the international community to fund …`: the unnamed community would fund
        first = cue.group().split(" ", 1)[0].lower()
        if first in _NOUN_CUE_WORDS:
            sources = [m for m in sources if _NOUN_OWNER.fullmatch(self.body, m.end, cue.start())]
        if first in ("contribution", "contributions", "contributor") and self._people_not_money():
            return []  # `Kenya, the largest contributor to the force, sent 600 more officers` gives people
        if not sources:
            own = self._own_country(cue) or self._person_pronoun(cue)
            if own:
                return own
            return self._pronoun_subject(cue) if payers else self._group_reference(cue)
        nearest = sources[-1]
        opening = _ROLE_OPENING.fullmatch(self.body, self.sentence.start, nearest.start)
        group = [nearest] if opening else self.coordinated(nearest, forward=False)
        if self._unstated(min(m.start for m in group), cue.end(), self.sentence.start):
            return []
        if self._requested(min(m.start for m in group), nearest.end, cue):
            return []  # `called on Brazil and Mexico to fund the force`: asked for, not done
        return group

    def _relative_subject(self, cue_start: int) -> tuple[Mention, int] | None:
        """`Canada, which has long been …, pledged`: the actor a relative clause set off by commas follows, when the
        cue comes right after the clause (what the clause names is not the subject), and where the clause closes."""
        if self.body[max(self.sentence.start, cue_start - 40) : cue_start].find(",") < 0:
            return None  # the comma closing the clause stands right before the verb
        for m in reversed(self._from(cue_start - _RELATIVE_REACH, _RELATIVE_REACH)):
            if m.end > cue_start:
                continue
            found = _SET_OFF_RELATIVE.fullmatch(self.body, m.end, cue_start)
            if found is not None:
                return m, found.start(1)
        return None

    def _requested(self, first_start: int, last_end: int, cue: re.Match[str]) -> bool:
        """Is the subject the one asked (`called on Brazil to fund`, `urged Mexico and Chile to contribute`), the
        cue an infinitive after it?"""
        infinitive = cue.group()[:3].lower() == "to " or self.body[max(0, cue.start() - 3) : cue.start()] == "to "
        if not infinitive or not _TO_GAP.fullmatch(
            self.body, last_end, cue.start() - (0 if cue.group()[:3].lower() == "to " else 3)
        ):
            return False
        return _request().search(self.body, max(self.sentence.start, first_start - 30), first_start) is not None

    def _own_country(self, cue: re.Match[str]) -> list[Mention]:
        """`the representative of the United States said that her country had provided funding for`: `her country`
        in a reported clause is the country its speaker represents, named in the attributing clause just before."""
        window_start = max(self.sentence.start, cue.start() - _MAX_GAP)
        owns = list(_OWN_COUNTRY.finditer(self.body, window_start, cue.start()))
        own = owns[-1] if owns else None
        if own is None or _SUBJECT_BREAK.search(self.body, own.end(), cue.start()):
            return []
        said = _SAID_THAT.search(self.body, max(self.sentence.start, own.start() - 30), own.start())
        if said is None:
            return []
        envoys = [
            m
            for m in self._before(said.start())
            if self.found.actors[m.key].type == "country"
            and (
                _ENVOY_OF.search(self.body, max(self.sentence.start, m.start - 40), m.start)
                or _ENVOY_AFTER.match(self.body, m.end)
            )
        ]
        if len({m.key for m in envoys}) != 1 or self._unstated(own.start(), cue.end(), self.sentence.start):
            return []
        return [Mention(envoys[0].key, own.start(1), own.end(1), own.group(1), self.sentence.index)]

    def _person_pronoun(self, cue: re.Match[str]) -> list[Mention]:
        """`X has funded the gang, and he has supplied it with rifles`: `he` or `she` opening a clause of the sentence
        is the one person the sentence named before it."""
        pronoun = _PERSON_PRONOUN.search(self.body, max(self.sentence.start, cue.start() - 40), cue.start())
        if pronoun is None:
            return []
        people = {m.key: m for m in self._before(pronoun.start(1)) if self.found.actors[m.key].type == "person"}
        if len(people) != 1 or self._unstated(pronoun.start(1), cue.end(), pronoun.start(1)):
            return []
        key = next(iter(people))
        return [Mention(key, pronoun.start(1), pronoun.end(1), pronoun.group(1), self.sentence.index)]

    def _companions(self, cue: re.Match[str]) -> list[Mention]:
        """`Canada and Germany, along with Japan, have financed`: the subject and the companion set off by commas
        between it and the verb act together."""
        before = self._before(cue.start())
        if not before or cue.group().split(" ", 1)[0].lower() in _NOUN_CUE_WORDS:
            return []
        companion = before[-1]
        if not (
            self.body.startswith(",", companion.end) and _AUX_GAP.fullmatch(self.body, companion.end + 1, cue.start())
        ):
            return []
        lead = _COMPANION_BEFORE.search(self.body, max(self.sentence.start, companion.start - 40), companion.start)
        head = next((m for m in reversed(before[:-1]) if lead and m.end == lead.start()), None)
        if head is None:
            return []
        group = [*self.coordinated(head, forward=False), companion]
        if self._unstated(min(m.start for m in group), cue.end(), self.sentence.start):
            return []
        return group

    def _people_of(self, mention: Mention, cue_start: int) -> bool:
        """`Benin, whose police have led the mission`, `the Beninese police officers who led the mission`: a country
        acting through its people in a relative clause."""
        if self.found.actors[mention.key].type != "country":
            return False
        demonym = _PEOPLE_WHO.fullmatch(self.body, mention.end, cue_start)
        if demonym is not None:
            before = self._before(mention.start)
            apposed = before and _APPOSED_MODIFIER.fullmatch(self.body, before[-1].end, mention.start)
            # `Lt Gen X, the Beninese officer who commands the force`: the apposition's person acts, not Benin
            return not apposed and all(_personnel().fullmatch(w) for w in demonym.group(1).split())
        whose = _WHOSE_PEOPLE.match(self.body, mention.end, cue_start)
        if whose is None:
            return False
        for group in (2, 1):  # `whose police have led`, `whose police officers have led`
            if whose.group(group) and _personnel().fullmatch(whose.group(group)):
                return _AUX_GAP.fullmatch(self.body, whose.end(group), cue_start) is not None
        return False

    def _prepositional_object(self, mention: Mention, cue_start: int) -> bool:
        """Is the mention the object of a preposition (`radios to the HNP and delivered …`), not the subject of
        the verb after it? A relative clause makes it the subject again (`destined for Gran Grif, which controls`)."""
        if not _PREPOSITION_BEFORE.search(self.body, max(self.sentence.start, mention.start - 12), mention.start):
            return False
        gap = self.body[mention.end : cue_start]
        return not (_RELATIVE.match(gap) or _CLOSED_RELATIVE.fullmatch(gap))

    def _people_not_money(self) -> bool:
        """Does the sentence, or the next one of its paragraph, speak of people sent (`officers`, `troops`) and
        not of money (`$`, `funding`, `trust fund`, `pledged`: `X was the largest contributor to the mission. It
        pledged …` is money)?"""
        if _MONEY_SENTENCE.search(self.body, self.sentence.start, self.money_reach) is not None:
            return False
        return _personnel().search(self.body, self.sentence.start, self.money_reach) is not None

    def _set_off_subject(self, mention: Mention, cue_start: int) -> bool:
        """A subject set off by commas: `Canada, the largest donor to …` (an apposition saying what it is, right
        before a noun cue) or `The Inspector General of Police, X, heads …` (the name after the opening role)."""
        gap = self.body[mention.end : cue_start]
        if _APPOSED_SUBJECT.fullmatch(gap):
            return True
        return (
            re.fullmatch(r",\s+", gap) is not None
            and _ROLE_OPENING.fullmatch(self.body, self.sentence.start, mention.start) is not None
        )

    def _group_reference(self, cue: re.Match[str]) -> list[Mention]:
        """`… held by Gran Grif. The gang, once a crew in Savien, now controls most of the Artibonite`: a sentence
        opened by `The gang` acts through the gang or coalition the sentence before named last."""
        if self.group_before is None:
            return []
        noun = _group_noun().match(self.body, self.sentence.start, cue.start())
        if noun is None:
            return []
        gap = self.body[noun.end() : cue.start()]
        relative = gap.startswith(",") and self._subject_gap(noun.end(), cue.start())
        if not (_AUX_ONLY.fullmatch(gap) or _APPOSITION_ASIDE.fullmatch(gap) or relative):
            return []  # `The group of donors funds …` is no gang
        if self._unstated(noun.start(1), cue.end(), self.sentence.start):
            return []
        return [Mention(self.group_before.key, noun.start(1), noun.end(1), noun.group(1), self.sentence.index)]

    def _pronoun_subject(self, cue: re.Match[str]) -> list[Mention]:
        """`Canada … announced new support. It pledged $20 million to …`: money given by `it` is given by the
        country or body that opened the sentence before (in the same paragraph), unless the clause denies it."""
        pronoun = _PRONOUN_SUBJECT.search(self.body, self.sentence.start, cue.start())
        if self.antecedent is None or pronoun is None:
            return []
        if self._unstated(pronoun.start(), cue.end(), self.sentence.start):
            return []
        a = self.antecedent
        return [Mention(a.key, pronoun.start(1), pronoun.end(1), pronoun.group(1), self.sentence.index)]

    def active(self) -> None:
        """`<A> [and <C>] funds <B>`: the nearest subject in the clause before the cue, the first object after."""
        for cue in self.cues.active(self.sentence):
            rel = self.cues.relation_of[cue.group().lower()]
            after = self.body[cue.end() : cue.end() + 20]
            if re.match(r"\s+(?:[a-z]+ly\s+)?by\b", after) or self.body[cue.start() - 1] == "-":
                continue  # passive or prefix, handled above
            targets = [
                m
                for m in self._from(cue.end(), 60)
                if m.start >= cue.end()
                and m.start - cue.end() <= 60
                and not _CLAUSE_BREAK.search(self.body, cue.end(), m.start)
                and not self.modifier(m)
                and not self._noun_modifier(m)
                and not self._owner_of_next(m)
                and not (rel == "leads" and m.start in self.named_by_noun and m.text.endswith("mission"))
            ]
            gap = self.body[cue.end() : targets[0].start] if targets else ""
            if cue.group().lower() in _BARE_VERB_CUES and not _BARE_OBJECT_GAP.fullmatch(gap):
                continue  # `sent back to`, `the support of`: no verb of backing
            if rel == "proposes" and _TO_RECIPIENT.match(self.body, cue.end(), self.sentence.end):
                targets = []  # `proposed to the Security Council`: where it was proposed, not what
            if not targets and rel == "funds":
                self._fund_named_after(cue)
            if rel == "funds" and (not targets or not self._object_gap(gap)):
                self._run_by(cue)
            if not targets or not self._object_gap(gap) or (rel == "leads" and _OF_FOR.search(gap)):
                self._relative_object(rel, cue)
                if rel == "leads":
                    self._known_mission(cue)
                if rel == "controls":
                    self._place_named_before(cue)
                continue
            if rel == "funds" and self._owned_goods(targets[0]):
                continue  # `paid for most of the force's armored vehicles`: what is paid for is the force's, not it
            if rel == "leads" and _POSSESSIVE.match(self.body, targets[0].end):
                continue  # `who heads the ATF's Tampa field office`: one leads the office, not the bureau
            if (
                rel == "proposes"
                and cue.group().lower().startswith("call")
                and _TO_AFTER.match(self.body, targets[0].end)
            ):
                continue  # `called for the force to be deployed`: something asked of the force, not the force proposed
            if rel == "controls" and _passage().search(gap) and not _INCLUDING.search(gap):
                continue  # `controls the roads leading to the Artibonite`: the roads, not the place
            if rel == "controls" and cue.group().lower().startswith("control ") and not self._control_held(cue):
                continue  # `lost control of`, `fighting for control of`: no control stated
            taking = cue.group().lower() in _TAKING_CUES
            objects = self._places_after(self._located(targets[0]))
            if rel == "funds":
                objects = self._bodies_after(objects[0])
            # a giver named after the one funded (`funding for the PNH from Chile`) outranks the clause's subject
            sources = self._giver_after(rel, cue, targets[0]) or self.subjects(cue)
            if not sources and rel == "funds":
                sources = self._money_subject(cue)
            if sources:
                sources = [*sources, *self._partners(objects[-1], rel)]
            for source in sources:
                if taking and self.found.actors[source.key].type != "group":
                    continue  # `police seized Solino`, `the army captured`: taking ground is control only for a gang
                for target in objects:
                    self.add(source, rel, target)

    def _money_subject(self, cue: re.Match[str]) -> list[Mention]:
        """`The allocation provides funding for X`: money opening the sentence as its subject is the fund the article
        last said money came from (`released $9 million from the X Fund`), which funds what the cue names."""
        money = _MONEY_SUBJECT.fullmatch(self.body, self.sentence.start, cue.start())
        if money is None or self.money_source is None or self._unstated(money.start(1), cue.end(), money.start(1)):
            return []
        return [Mention(self.money_source, money.start(1), money.end(1), money.group(1), self.sentence.index)]

    def _run_by(self, cue: re.Match[str]) -> None:
        """`is financing a programme run by the IOM`: funding a programme or project funds the body that runs it."""
        lead = _RUN_BY.match(self.body, cue.end(), self.sentence.end)
        runner = next((m for m in self._from(lead.end(), 0) if m.start == lead.end()), None) if lead else None
        if runner is None or self.found.actors[runner.key].type not in _FUNDED_TYPES:
            return
        self._givers_fund(self.subjects(cue, payers=True), runner)

    def _fund_named_after(self, cue: re.Match[str]) -> None:
        """`Peru and Spain have made contributions to the fund`: a fund written as a common noun right after a funding
        cue is the one the article tied to its mission last (`the trust fund that pays for the force`)."""
        fund = _UNNAMED_FUND_AFTER.match(self.body, cue.end(), self.sentence.end)
        if fund is None or self.fund_owner is None:
            return
        written = Mention(self.fund_owner, fund.start(1), fund.end(1), fund.group(1), self.sentence.index)
        self._givers_fund(self.subjects(cue, payers=True), written)

    def _place_named_before(self, cue: re.Match[str]) -> None:
        """`… in Croix-des-Bouquets …, but the 400 Mawozo gang still holds most of the commune`: a place written as
        a common noun (`place_nouns.txt`, `town`, `city`) right after the cue is the place the clause before names
        last in the sentence (one only: two places before leave it unread)."""
        noun = _place_noun().match(self.body, cue.end(), self.sentence.end)
        if noun is None:
            return
        places = {m.key: m for m in self._before(cue.start()) if self._is_place(m)}
        if len(places) != 1:
            return
        place = next(iter(places.values()))
        written = Mention(place.key, noun.start(1), noun.end(1), noun.group(1), self.sentence.index)
        for source in self.subjects(cue):
            if self.found.actors[source.key].type == "group":
                self.add(source, "controls", written)

    def _owned_goods(self, target: Mention) -> bool:
        """Is the object goods its actor owns (`the force's armored vehicles`: `purchased_goods.txt`), which one pays
        for without funding the actor?"""
        owned = _OWNED_THING.match(self.body, target.end, self.sentence.end)
        words = lexicon.word_list("purchased_goods.txt")
        return owned is not None and any(w in words for w in owned.group(1).split())

    def _control_held(self, cue: re.Match[str]) -> bool:
        """Does the word before the noun `control` state it (`took control of`, `has full control over`,
        `Gran Grif's control of`), not its loss or a struggle for it (`lost`, `fighting for`)?"""
        before = _WORD_BEFORE.search(self.body, max(self.sentence.start, cue.start() - 40), cue.start())
        if before is None:
            return False
        return before.group(1) is None or before.group(2).lower() in lexicon.word_list("control_holding_verbs.txt")

    def _located(self, target: Mention) -> Mention:
        """`controls the Artibonite town of Pont-Sondé`: the town, which the name before it locates."""
        lead = routes.LOCATED_IN.match(self.body, target.end, self.sentence.end)
        if lead is None or self.found.actors[target.key].type not in _TERRITORY:
            return target
        return next((m for m in self._from(lead.end(), 1) if m.start == lead.end() and self._is_place(m)), target)

    def _known_mission(self, cue: re.Match[str]) -> None:
        """`thanked Kenya for leading the mission`, where the article names several missions (so the actors stage
        ties `the mission` to none): the mission the country is known to lead (`led_missions.tsv`), when the
        article names it."""
        unnamed = _UNNAMED_MISSION.match(self.body, cue.end(), self.sentence.end)
        if unnamed is None or self._from(unnamed.start(1), 1):
            return
        sources = [m for m in self.subjects(cue) if self.found.actors[m.key].type == "country"]
        for source in sources:
            name = _led_missions().get(self.found.actors[source.key].country)
            mission = next((a for a in self.found.actors.values() if a.type == "mission" and a.name == name), None)
            if mission is not None:
                at = unnamed.start(1)
                self.add(
                    source, "leads", Mention(mission.key, at, unnamed.end(1), unnamed.group(1), self.sentence.index)
                )

    def _relative_object(self, rel: str, cue: re.Match[str]) -> None:
        """`The force, which the United States and Panama proposed, deployed`: the object named before a relative
        clause whose subject is named and whose verb has no object after it."""
        if not _NO_OBJECT_AFTER.match(self.body, cue.end(), self.sentence.end) and not (
            rel == "proposes" and _TO_RECIPIENT.match(self.body, cue.end(), self.sentence.end)
        ):
            return
        subject = next((m for m in reversed(self._before(cue.start())) if m.end <= cue.start()), None)
        if subject is None or not _AUX_GAP.fullmatch(self.body, subject.end, cue.start()):
            return
        group = self.coordinated(subject, forward=False)
        first = min(group, key=lambda m: m.start)
        lead = _OBJECT_RELATIVE.search(self.body, max(self.sentence.start, first.start - 60), first.start)
        head = next((m for m in reversed(self._before(lead.start())) if m.end == lead.start()), None) if lead else None
        if head is None or self._unstated(first.start, cue.end(), lead.start()):
            return
        kind = self.found.actors[head.key].type
        if kind not in (_TERRITORY if rel == "controls" else _RELATIVE_HEADS) or _OF_PHRASE.search(
            self.body, max(self.sentence.start, head.start - 12), head.start
        ):
            return  # `The mission in Haiti, which Kenya led`: Haiti only locates the mission
        for source in group:
            self.add(source, rel, head)

    def _partners(self, target: Mention, rel: str) -> list[Mention]:
        """`proposed the force together with Panama`: those who act with the subject, named after the object (for a
        proposal also `with` alone, past where it was made:
        `proposed the force at the Security Council with Panama`)."""
        lead = _TOGETHER_WITH.match(self.body, target.end, self.sentence.end)
        if lead is None and rel == "proposes":
            lead = _PROPOSED_WITH.match(self.body, target.end, self.sentence.end)
        partner = next((m for m in self._from(target.end, 60) if lead and m.start == lead.end()), None)
        return self.coordinated(partner, forward=True) if partner else []

    def _owner_of_next(self, mention: Mention) -> bool:
        """`controls parts of Haiti's Artibonite department`: a possessive right before another actor's name owns that
        actor, which is the object."""
        owned = _POSSESSIVE.match(self.body, mention.end)
        if owned is None or self.body[owned.end() : owned.end() + 1] != " ":
            return False
        return any(m.start == owned.end() + 1 for m in self._from(owned.end() + 1, 0))

    def _noun_modifier(self, mention: Mention) -> bool:
        """`supported the U.S. and Panamanian draft resolution`: a country written before a noun qualifies that
        noun (the resolution), and is not the object (its government and people are: `the Haitian government`).
        A body before a fund for another (`the UN trust fund for the force`) qualifies the fund: the force is paid."""
        if _FUND_FOR.match(self.body, mention.end, self.sentence.end):
            return True
        if self.found.actors[mention.key].type != "country":
            return False
        after = _NOUN_AFTER.match(self.body, mention.end, self.sentence.end)
        if after is None:
            return False
        word = after.group(1)
        stop = lexicon.word_list("stop_words.txt")
        return word not in stop and not word.endswith("ly") and word not in _GOVERNMENT_NOUNS

    def _giver_after(self, rel: str, cue: re.Match[str], target: Mention) -> list[Mention]:
        """`new funding for the PNH from Canada and Brazil`: who funds, named after the one funded."""
        if rel != "funds" or self._unstated(cue.start(), cue.end(), self.sentence.start):
            return []
        lead = _FROM.match(self.body, target.end, self.sentence.end) or _GIVEN_BY.match(
            self.body, target.end, self.sentence.end
        )
        giver = next((m for m in self._from(target.end, 40) if lead and m.start == lead.end()), None)
        if giver is None or self.found.actors[giver.key].type not in _GIVERS:
            return []
        return self.coordinated(giver, forward=True)

    @staticmethod
    def _object_gap(gap: str) -> bool:
        """Words between a verb and its object: modifiers only, or the opening of a list (`, including`)."""
        return _INCLUDING.search(gap) is not None or _OBJECT_STOP.search(gap) is None

    def _bodies_after(self, first: Mention) -> list[Mention]:
        """`funding for the WFP, UNICEF and the IOM`: the bodies listed after a first one (an acronym in brackets after
        a name; `, and` only once the list has had a plain comma: `funds the PNH, and Brazil …` is two clauses)."""
        objects = [first]
        if self.found.actors[first.key].type not in _FUNDED_TYPES:
            return objects
        commas, last_end = 0, first.end
        for m in self._from(first.end, _MAX_GAP * 2):
            if m.start < last_end:
                continue
            if m.key == objects[-1].key and re.fullmatch(r"\s*\(", self.body[last_end : m.start]):
                last_end = m.end + (self.body[m.end : m.end + 1] == ")")  # `(WFP)`: the name again
                continue
            gap = _BODY_LIST.fullmatch(self.body, last_end, m.start)
            if gap is None or self.found.actors[m.key].type not in _FUNDED_TYPES:
                break
            if gap.group(1) == ", and" and not commas:
                break
            commas += gap.group(1) == ","
            objects.append(m)
            last_end = m.end
        return objects

    def _places_after(self, first: Mention) -> list[Mention]:
        """The object and, when it is a place, the places listed after it (`controls Tabarre and Cité Soleil`)."""
        objects = [first]
        if not self._is_place(first):
            return objects
        for m in self._from(first.end, _MAX_GAP):
            gap = self.body[objects[-1].end : m.start]
            if m.start < objects[-1].end:
                continue
            unnamed = _UNNAMED_ITEMS.match(gap)  # `Bel Air, Solino and Delmas` with no actor for Solino
            if unnamed and unnamed.end() < len(gap):
                gap = gap[unnamed.end() :]
            if not (_PLACE_LIST.fullmatch(gap) and self._is_place(m)):
                break
            objects.append(m)
        return objects

    def transfer(self) -> None:
        """`<A> supplied <goods> to <B>` / `<A> supplied <B> with <goods>`: A supplies B, keeping the goods."""
        for cue in self.cues.transfer(self.sentence):
            after = self._from(cue.end(), routes.TRANSFER_REACH + 1)
            found = routes.recipient(self.body, self.sentence, cue, after, lambda m: not self.modifier(m))
            if found is None:
                found = self._fund_continued(cue) or self._its_needs(cue)
            if found is None:
                continue
            target, goods = found
            target = self._compound_head(target)
            rel = self.cues.relation_of[cue.group().lower()]
            money = routes.is_money(self.body, goods)
            if rel == "funds" and not money:
                continue  # `pledged troops to the mission` gives people, not funding
            if rel == "supplies" and not money and _intangible(self.body, goods):
                continue  # `provide logistical support to the MSS` hands over no goods
            if cue.group().lower() in _SPENDING_CUES and not self._spent_on(target):
                continue  # `spent $600 million on security assistance to Haiti`: spent on aid, not on a body
            if cue.group().lower() in _ARMS_ONLY_CUES and not routes.contraband(self.body, goods):
                continue  # `sold its stake to`, `armed gangs`: only weapons sold, or an actor armed with them, supply
            for source in self.subjects(cue, payers=money):
                # funding is not a supply: `donated $2 million to the PNH` funds it, and what moves is no item
                self.add(
                    self._payer(source) if money else source,
                    "funds" if money else rel,
                    target,
                    None if money else goods,
                )

    def _spent_on(self, target: Mention) -> bool:
        """Is the money spent on the mission or body itself (`spent $600 million on the MSS`), named right after `on`
        and modifying no noun (`on the Haiti deployment`)?"""
        return (
            _ON_BEFORE.search(self.body, max(self.sentence.start, target.start - 8), target.start) is not None
            and self.found.actors[target.key].type in _FUNDED_TYPES
            and not self._noun_modifier(target)
        )

    def _its_needs(self, cue: re.Match[str]) -> tuple[Mention, Span] | None:
        """`… pledged $60 million for the force, while Germany and Japan committed $45 million for its logistics`: a
        sum given for `its` needs, in a sentence already funding one mission, goes to that mission."""
        funded = {r.target for r in self.relations if r.relation == "funds" and r.sentence is self.sentence}
        missions = [k for k in funded if self.found.actors[k].type == "mission"]
        if len(missions) != 1:
            return None
        bare = routes.bare_sum(self.body, cue.end(), self.sentence.end)
        if bare is not None:  # `Canada pledged $30 million to the force and Germany pledged $10 million`
            text = self.body[bare.start : bare.end]
            return Mention(missions[0], bare.start, bare.end, text, self.sentence.index), bare
        money = routes.sum_after(self.body, cue.end(), self.sentence.end)
        its = money and _FOR_ITS.match(self.body, money.end, self.sentence.end)
        if not its:
            return None
        return Mention(missions[0], its.start(1), its.end(1), its.group(1), self.sentence.index), money

    def _fund_continued(self, cue: re.Match[str]) -> tuple[Mention, Span] | None:
        """`Germany pledged $35 million to the fund for the force. Japan pledged $12 million.`: a bare sum
        given in the sentence after one that funds a mission (same paragraph) goes to that mission."""
        if self.fund_target is None or self.cues.relation_of[cue.group().lower()] != "funds":
            return None
        money = routes.bare_sum(self.body, cue.end(), self.sentence.end)
        if money is None:
            return None
        text = self.body[money.start : money.end]
        return Mention(self.fund_target, money.start, money.end, text, self.sentence.index), money

    def possessive_funding(self) -> None:
        """`Canada, the mission’s second-largest donor`, `The U.S. has provided most of the mission’s funding`:
        a funding noun owned by a mission names who funds it, the apposition's head or the clause's subject."""
        for owner in self.mentions:
            noun = _OWNED_FUNDING.match(self.body, owner.end)
            if noun is None or self.found.actors[owner.key].type != "mission":
                continue
            head = next((m for m in reversed(self._before(owner.start)) if m.end <= owner.start), None)
            gap = self.body[head.end : owner.start] if head else ""
            if head is not None and _APPOSED.fullmatch(gap) and self.found.actors[head.key].type in _GIVERS:
                if not self._unstated(head.start, noun.end(), self.sentence.start):
                    for member in self.coordinated(head, forward=False):  # `Turkey and Spain, two of the fund's donors`
                        if self.found.actors[member.key].type in _GIVERS:
                            self.add(member, "funds", owner)
                    self._larger_giver(owner, noun.end())
                continue
            self._givers_fund(self.subjects(_At(owner.start, noun.end()), payers=True), owner)

    def _larger_giver(self, owner: Mention, noun_end: int) -> None:
        """`Canada, the mission's second-largest donor after the United States`: the one ranked above gives too."""
        lead = _RANKED_AFTER.match(self.body, noun_end, self.sentence.end)
        giver = next((m for m in self._from(noun_end, 30) if lead and m.start == lead.end()), None)
        if giver is not None and self.found.actors[giver.key].type in _GIVERS:
            self.add(giver, "funds", owner)

    def _compound_head(self, target: Mention) -> Mention:
        """`the U.N. trust fund for the force`: a name right before another mention modifies it; the
        recipient is the head (the fund, a mention of its mission), not the body that manages it."""
        head = next((m for m in self._from(target.end + 1, 0) if m.start == target.end + 1), None)
        if head is None or self.body[target.end] != " " or self.found.actors[head.key].type != "mission":
            return target
        return head

    def _payer(self, source: Mention) -> Mention:
        """Who pays when a person gives money: the body or country the text says the person belongs to
        (`U.S. Secretary of State X announced $40 million for …` is the United States' money)."""
        actor = self.found.actors[source.key]
        if actor.type != "person" or not actor.affiliation:
            return source
        return Mention(actor.affiliation, source.start, source.end, source.text, source.sentence)

    def received(self) -> None:
        """`<B> has received $112 million, most of it from <A>`: A funds B, the one receiving named first."""
        at = self.body.find("received", self.sentence.start, self.sentence.end)
        while at >= 0:
            lead = routes.RECEIVED_FROM.match(self.body, at, self.sentence.end)
            goods = None if lead else routes.received_goods_from().match(self.body, at, self.sentence.end)
            lead = lead or goods
            if lead is not None and not self.body[at - 1 : at].isalnum():
                receiver = next(
                    (
                        m
                        for m in reversed(self._before(at))
                        if m.end <= at and at - m.end <= _MAX_GAP and self._subject_gap(m.end, at)
                    ),
                    None,
                )
                if receiver is None:
                    receiver = self._unnamed_fund(at)
                giver = next((m for m in self._from(lead.end(), 1) if m.start == lead.end()), None)
                if goods and receiver and self.found.actors[receiver.key].type not in _RECEIVING_BODIES:
                    receiver = None  # `Haiti received rifles from Florida` is a route, not a supply
                if receiver and giver and not self._unstated(receiver.start, at + 8, self.sentence.start):
                    for source in self.coordinated(giver, forward=True):
                        if goods is None:
                            self.add(source, "funds", receiver)
                        elif self.found.actors[source.key].type in _GIVERS:
                            # `the PNH received 20 vehicles from the United States`: a supply, the goods kept
                            self.add(source, "supplies", receiver, Span(goods.start(1), goods.end(1)))
            at = self.body.find("received", at + 8, self.sentence.end)

    def money_from(self) -> None:
        """`The force runs on financing from the United States and Canada`, `The JDF's contingent … was paid for
        with money from the United States`: the givers fund the body or mission the sentence opens with."""
        receiver = self.mentions[0]
        owned = _OWNED_MONEY_OPENING.match(self.body, self.sentence.start, self.sentence.end)
        if owned and self.antecedent is not None:
            # `Its funding has come mainly from X`: the body or mission that opened the sentence before
            a = self.antecedent
            receiver = Mention(a.key, owned.start(1), owned.end(1), owned.group(1), self.sentence.index)
        opening = self.body[self.sentence.start : receiver.start].strip()
        leads = list(_MONEY_FROM.finditer(self.body, self.sentence.start, self.sentence.end))
        if _MONEY_OPENING.fullmatch(self.body, self.sentence.start, receiver.start):
            opening = ""
            given = _MONEY_GIVEN_BY.match(self.body, receiver.end, self.sentence.end)
            leads += [given] if given else []
        for lead in leads:
            giver = next((m for m in self._from(lead.end(), 1) if m.start == lead.end()), None)
            before = receiver.start if owned and self.antecedent is not None else receiver.end  # `Its` opens the lead
            if giver is not None and opening not in ("", "The", "the"):
                self._money_from_relative(lead, giver)
                continue
            if giver is None or before > lead.start() or opening not in ("", "The", "the"):
                continue
            if self.found.actors[receiver.key].type not in _FUNDED_TYPES:
                continue
            if not self._unstated(receiver.start, lead.end(), self.sentence.start):
                self._givers_fund(self.coordinated(giver, forward=True), receiver)

    def _money_from_relative(self, lead: re.Match[str], giver: Mention) -> None:
        """`… at the police academy in X, which was rebuilt with funding from Canada`: money named in a relative clause
        goes to the clause's head (past a place that only locates it)."""
        clause = _MONEY_RELATIVE.search(self.body, max(self.sentence.start, lead.start() - 120), lead.start())
        if clause is None:
            return
        head = next((m for m in reversed(self._before(clause.start())) if m.end == clause.start()), None)
        if head is not None and self._is_place(head):
            locator = next((m for m in reversed(self._before(head.start)) if m.end < head.start), None)
            located = locator and _LOCATED_BY.fullmatch(self.body, locator.end, head.start)
            head = locator if located else None
        if head is None or self.found.actors[head.key].type not in _FUNDED_TYPES:
            return
        if not self._unstated(clause.start(), lead.end(), clause.start()):
            self._givers_fund(self.coordinated(giver, forward=True), head)

    def owned_money_from(self) -> None:
        """`most of the mission's money came from the United States`: the givers of a body's or mission's money, named
        after `came from`, fund it."""
        self._givers_named_after(_OWNED_MONEY_FROM)

    def cost_of(self) -> None:
        """`The United States has carried almost the entire cost of the mission`, `bore most of the costs of`: the
        subject pays for the body or mission named right after (the cue phrases write only `carried the cost of`)."""
        for cue in _COST_OF.finditer(self.body, self.sentence.start, self.sentence.end):
            target = next((m for m in self._from(cue.end(), 1) if m.start == cue.end()), None)
            if target is None or self.found.actors[target.key].type not in _FUNDED_TYPES:
                continue
            if self._owned_goods(target):
                continue  # `the cost of the force's fuel`: the fuel is paid for
            self._givers_fund(self.subjects(cue, payers=True), target)

    def funders_named_after(self) -> None:
        """`The force's main donors are Canada and Germany`, `The GSF's biggest funder is Canada`: the givers
        named after the copula fund the body or mission that owns the noun."""
        self._givers_named_after(_FUNDERS_ARE)

    def _givers_named_after(self, lead_pattern: re.Pattern[str]) -> None:
        """The givers named right after a lead that follows a body or mission (`'s money came from`, `'s main donors
        are`) fund it, unless the clause denies it."""
        for m in self.mentions:
            lead = lead_pattern.match(self.body, m.end, self.sentence.end)
            if lead is None or self.found.actors[m.key].type not in _FUNDED_TYPES:
                continue
            giver = next((g for g in self._from(lead.end(), 1) if g.start == lead.end()), None)
            if giver is None or self._unstated(m.start, lead.end(), self.sentence.start):
                continue
            self._givers_fund(self.coordinated(giver, forward=True), m)

    def _givers_fund(self, sources: Iterable[Mention], target: Mention) -> None:
        """Each source that can give money (`_GIVERS`) funds the target, as the government that pays for it."""
        for source in sources:
            if self.found.actors[source.key].type in _GIVERS:
                self.add(self._payer(source), "funds", target)

    def _unnamed_fund(self, at: int) -> Mention | None:
        """`The trust fund has received …` where the fund is named for no mission: the fund whose mission the
        article named last (`the force's trust fund`), as a mention of that mission over the fund's words."""
        fund = _UNNAMED_FUND.search(self.body, max(self.sentence.start, at - 60), at)
        if fund is None or self.fund_owner is None:
            return None
        return Mention(self.fund_owner, fund.start(1), fund.end(1), fund.group(1), self.sentence.index)

    def _subject_gap(self, start: int, end: int) -> bool:
        """Words between a subject and its verb: no clause break, except a relative `, which`."""
        gap = self.body[start:end]
        aside = _ASIDE.match(gap)
        if aside and aside.end() == len(gap):
            return True
        if _CLOSED_RELATIVE.fullmatch(gap) or _MEMBERS_ASIDE.fullmatch(gap) or _APPOSITION_SUBJECT.fullmatch(gap):
            return True
        relative = _RELATIVE.match(gap)
        if relative:
            gap = gap[relative.end() :]
        return not _SUBJECT_BREAK.search(gap)

    def flow(self) -> None:
        """`<goods> leaving <A> ... arriving in <B>, <C>`: A trafficked_to B and C, the goods kept. A general
        verb of motion (`moved`, `sailed`) is a route only when contraband or its carrier moves."""
        if not routes.may_name_route(self.body, self.sentence):
            return
        for index, (rel, phrase, needs_goods) in enumerate(flow_cues()):
            cue = self.cues.flow(index, self.sentence)
            if cue is None or self._unstated(cue.start(), cue.end(), self.sentence.start):
                continue
            places = [
                m
                for m in self._from(cue.start() - routes.ORIGIN_BEFORE)
                if self.found.actors[m.key].type in ("country", "place")
            ]
            found = routes.route(self.body, self.sentence, cue, routes.introduces_origin(phrase), places)
            if found is None:
                continue
            origin, destinations = found
            goods = routes.carried_goods(self.body, self.sentence, cue, origin)
            if goods is None and needs_goods:
                continue
            goods = goods or routes.what_flows(self.body, self.sentence, cue, origin)
            for m in destinations:
                self.add(origin, rel, m, goods)
            onward = routes.onward(self.body, destinations[-1], places) if destinations else None
            if onward is not None:
                self.add(destinations[-1], rel, onward, goods)  # `… to B, and then driven on to C`: B to C
            return

    def arrival(self) -> None:
        """`<goods> arriving in <B> from <A>`: a route named destination first, A trafficked_to B, only when
        contraband or its carrier arrives (`the delegation arrived in Haiti from Nairobi` is no route)."""
        for cue in self.cues.arrival(self.sentence):
            if self._unstated(cue.start(), cue.end(), self.sentence.start):
                continue
            places = [m for m in self._from(cue.end(), 160) if self.found.actors[m.key].type in ("country", "place")]
            found = routes.arrival_route(self.body, cue, places)
            if found is None:
                continue
            origin, destinations = found
            goods = routes.carried_goods(self.body, self.sentence, cue, origin)
            if goods is None:
                continue
            for m in destinations:
                self.add(origin, "trafficked_to", m, goods)

    def agent(self) -> None:
        """`<B>, under the command of <A>`: A leads B (as `commanded by`). `<place>, now under the control of <A>`,
        `<place>, a town that is held by <A>`: a gang or coalition A controls the place written right before
        the phrase or opening its apposition (`territory held by A` names no place, so it gives nothing)."""
        for cue in self.cues.agent(self.sentence):
            rel = self.cues.relation_of[_AGENT_TAIL.sub("", cue.group().lower())]
            fronted = rel == "backs" and not self.body[self.sentence.start : cue.start()].strip()
            agent = next(
                (
                    m
                    for m in self._from(cue.end(), _TITLE_REACH)
                    if _title_gap(self.body[cue.end() : m.start])
                    or (rel == "controls" and _MEMBERS_OF.fullmatch(self.body, cue.end(), m.start))
                ),
                None,
            )
            if agent is None or (rel == "controls" and self.found.actors[agent.key].type != "group"):
                continue
            falling = _AGENT_TAIL.sub("", cue.group().lower()) in _FALLING_CUES
            head = self._held_place(cue.start(), falling) if rel == "controls" else self._agent_head(cue.start())
            if head is None and rel == "backs":
                head = self._fronted_head(cue, agent)
            if head is not None and not self._unstated(head.start, cue.end(), self.sentence.start):
                agents = [agent] if fronted else self.coordinated(agent, forward=True)
                for member in agents:
                    self.add(member, rel, head)

    def leadership_under(self) -> None:
        """`the mission, under Kenyan leadership,`, `the unit, under JDF command`: the leader written as the modifier
        of a noun of leadership after `under` leads the actor right before."""
        for m in self.mentions:
            under = _UNDER_BEFORE.search(self.body, max(self.sentence.start, m.start - 12), m.start)
            if under is None or not _LEADERSHIP_AFTER.match(self.body, m.end, self.sentence.end):
                continue
            head = self._agent_head(under.start())
            if head is not None and not self._unstated(head.start, m.end, self.sentence.start):
                self.add(m, "leads", head)

    def owned_leader(self) -> None:
        """`The GSF's commander, Maj. Gen. X,`, `The gang, whose leader X …`: the person named right after a noun of
        leadership (`leader_nouns.txt`) that a body, mission or gang owns leads it (never a `former` or `deputy` one).
        `The gang` opening the sentence is the gang the sentence before named last."""
        for m in self.mentions:
            if self.found.actors[m.key].type != "person":
                continue
            lead = _leader_before().search(self.body, max(self.sentence.start, m.start - 60), m.start)
            if lead is None:
                continue
            owner = next((o for o in reversed(self._before(lead.start())) if o.end == lead.start()), None)
            if owner is None and self.group_before is not None:
                noun = _group_noun().match(self.body, self.sentence.start, lead.start())
                if noun is not None and noun.end() == lead.start():
                    owner = Mention(
                        self.group_before.key, noun.start(1), noun.end(1), noun.group(1), self.sentence.index
                    )
            if owner is None or self.found.actors[owner.key].type not in ("organization", "mission", "group"):
                continue
            if not self._unstated(owner.start, m.end, self.sentence.start):
                self.add(m, "leads", owner)

    def _fronted_head(self, cue: re.Match[str], agent: Mention) -> Mention | None:
        """`With the support of X, the force retook …`: an agent phrase opening the sentence acts on the subject of
        the clause after it (the first actor after the comma that closes the phrase)."""
        if self.body[self.sentence.start : cue.start()].strip() != "":
            return None
        last = agent  # `of X and Y, the force`: the comma closes the phrase, it joins no further agent
        for m in self._from(agent.end, _MAX_GAP):
            if m.start >= last.end and re.fullmatch(r"\s+and\s+(?:the\s+|)", self.body[last.end : m.start]):
                last = m
            elif m.start >= last.end:
                break
        comma = _FRONTED_CLOSE.match(self.body, last.end, self.sentence.end)
        if comma is None:
            return None
        return next((m for m in self._from(comma.end(), 0) if m.start == comma.end()), None)

    def _agent_head(self, cue_start: int) -> Mention | None:
        """What an agent phrase acts on: the actor right before it (`the mission, under the command of`), or before
        a relative clause set off by commas (`The force, which the council approved in May, has the support of`)."""
        relative = self._relative_subject(cue_start)
        if relative is not None:
            return relative[0]
        head = next((m for m in reversed(self._before(cue_start)) if m.end <= cue_start), None)
        if head is None or not _AGENT_HEAD_GAP.fullmatch(self.body, head.end, cue_start):
            return None
        if _UNNAMED_HEAD.search(self.body, max(head.end, cue_start - 80), cue_start):
            return None
        return None if _POSSESSIVE.match(self.body, head.end) else head

    def _held_place(self, cue_start: int, falling: bool = False) -> Mention | None:
        """The place a phrase of control is said of: written right before it (`Liancourt, now under`), or opening
        the apposition whose relative clause holds the phrase (`Liancourt, a town in … that is now under`)."""
        near = [m for m in reversed(self._before(cue_start)) if m.end <= cue_start and cue_start - m.end <= _HELD_REACH]
        places = [m for m in near if self.found.actors[m.key].type in _TERRITORY]
        # the head of an apposition first: in `Liancourt, a town in the Artibonite that is held by`, the town is held
        apposed = next((m for m in places if _HELD_APPOSITION.fullmatch(self.body, m.end, cue_start)), None)
        gap = _FELL_GAP if falling else _HELD_GAP  # `Mirebalais fell to X`, but not `the talks in Y held by X`
        return apposed or next((m for m in places if gap.fullmatch(self.body, m.end, cue_start)), None)

    def held(self) -> None:
        """`Croix-des-Bouquets, the 400 Mawozo stronghold`, `X is a Gran Grif bastion`, `Gran Grif's stronghold of
        Savien`: the gang named before the noun controls the place."""
        for cue in self.cues.held(self.sentence):
            group = next(
                (
                    m
                    for m in reversed(self._before(cue.start()))
                    if m.end <= cue.start() and _GROUP_BEFORE_NOUN.fullmatch(self.body, m.end, cue.start())
                ),
                None,
            )
            if group is None or self.found.actors[group.key].type != "group":
                continue
            place = self._stronghold_place(group, cue)
            if place is not None and not self._unstated(place.start, cue.end(), self.sentence.start):
                self.add(group, "controls", place)

    def _stronghold_place(self, group: Mention, cue: re.Match[str]) -> Mention | None:
        before = next((m for m in reversed(self._before(group.start)) if m.end <= group.start), None)
        if before is not None and _PLACE_BEFORE_GROUP.fullmatch(self.body, before.end, group.start):
            return before if self._is_place(before) else None
        lead = _PLACE_AFTER_NOUN.match(self.body, cue.end(), self.sentence.end)
        after = next((m for m in self._from(cue.end(), 20) if lead and m.start == lead.end()), None)
        return after if after is not None and self._is_place(after) else None


class _At:
    """A span where a cue would be, for the rules that ask `subjects` about a phrase that is no cue."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return ""


def _intangible(body: str, goods: Span | None) -> bool:
    """Is what is provided a service, not goods (`logistical support`, `training`)?"""
    if goods is None:
        return False
    words = body[goods.start : goods.end].lower().split()
    return bool(words) and words[-1] in lexicon.word_list("intangible_provisions.txt")


def _opening_actor(
    body: str, sentence: Sentence, by_sentence: dict[int, list[Mention]], found: ArticleActors
) -> Mention | None:
    """The country, body or mission that opens a sentence (`Canada, …`, `The United States was …`): what
    `it` in the next sentence most likely stands for."""
    mentions = by_sentence.get(sentence.index)
    if not mentions:
        return None
    first = mentions[0]
    opening = body[sentence.start : first.start].strip()
    if opening not in ("", "The", "the") or found.actors[first.key].type not in _ANTECEDENT_TYPES:
        return None
    return first


def _last_group(
    sentence: Sentence | None, by_sentence: dict[int, list[Mention]], found: ArticleActors
) -> Mention | None:
    """The gang or coalition a sentence names last: what `The gang` opening the next sentence refers to."""
    if sentence is None:
        return None
    groups = [m for m in by_sentence.get(sentence.index, []) if found.actors[m.key].type == "group"]
    return groups[-1] if groups else None


def _fund_owner(body: str, mentions: list[Mention], found: ArticleActors) -> str | None:
    """The mission whose fund a sentence names last: `the force's trust fund`, a fund resolved to its mission
    by the actors stage (`the UN trust fund for the GSF`), or a fund said to pay for it (`the trust fund that pays
    for the force's fuel`)."""
    owner = None
    for m in mentions:
        if found.actors[m.key].type == "mission" and (
            "fund" in m.text
            or _FUND_OWNER.match(body, m.end)
            or _FUND_PAYING_FOR.search(body, max(0, m.start - 60), m.start)
        ):
            owner = m.key
    return owner


def _money_source(body: str, sentence: Sentence, mentions: list[Mention], found: ArticleActors) -> str | None:
    """The fund a sentence says money came from (`has released $9 million from the X Fund`): an organization named
    `... Fund` right after `from`, in a sentence naming money."""
    if not _MONEY_SENTENCE.search(body, sentence.start, sentence.end):
        return None
    source = None
    for m in mentions:
        actor = found.actors[m.key]
        if (
            actor.type == "organization"
            and "Fund" in actor.name.split()
            and _FROM_BEFORE.search(body, m.start - 10, m.start)
        ):
            source = m.key
    return source


def find_relations(doc: Doc) -> list[Relation]:
    """Relations of one article, one row per (source, relation, target, sentence)."""
    body, sentences, found = doc.body, doc.sentences, doc.actors
    relations: list[Relation] = []
    by_sentence: dict[int, list[Mention]] = {}
    cues = ArticleCues(body, doc.lowered)
    back = relation_references.back_references(body, sentences, found)
    linked = relation_references.relinked(body, found)
    named_by_noun = frozenset(
        m.start for m, was in zip(linked, found.mentions, strict=True) if m.key != was.key
    ) | frozenset(m.start for m in back)
    for m in sorted([*linked, *back], key=lambda m: (m.start, m.end)) if back else linked:
        by_sentence.setdefault(m.sentence, []).append(m)
    previous: Sentence | None = None
    money_source: str | None = None  # the fund the article last said money came from
    funded: str | None = None  # the mission the sentence before funds
    fund_owner: str | None = None  # the mission whose fund the article named last
    for k, sentence in enumerate(sentences):
        mentions = [m for m in by_sentence.get(sentence.index, []) if m.end <= sentence.end]
        before, previous = previous, sentence
        antecedent = _opening_actor(body, before, by_sentence, found) if before else None
        if before and before.paragraph != sentence.paragraph:
            antecedent = funded = None
        fund_target, funded = funded, None
        receives = body.find("received", sentence.start, sentence.end) >= 0
        owner = fund_owner
        if body.find("fund", sentence.start, sentence.end) >= 0:
            fund_owner = _fund_owner(body, mentions, found) or fund_owner
        group = None  # `The gang …` opening the sentence: the gang the sentence before named last
        if before and before.paragraph == sentence.paragraph and _group_noun().match(body, sentence.start):
            group = _last_group(before, by_sentence, found)
        source_before = money_source
        if body.find("from", sentence.start, sentence.end) >= 0:
            money_source = _money_source(body, sentence, mentions, found) or money_source
        if len(mentions) < (1 if antecedent or fund_target or group or (receives and owner) else 2):
            continue
        following = sentences[k + 1] if k + 1 < len(sentences) else None
        reach = following.end if following and following.paragraph == sentence.paragraph else sentence.end
        finder = _SentenceRelations(
            body,
            sentence,
            mentions,
            found,
            cues,
            antecedent,
            fund_target,
            owner,
            group,
            reach,
            named_by_noun,
            source_before,
        )
        finder.prefix()
        if "under" in body[sentence.start : sentence.end]:
            finder.leadership_under()
        finder.owned_leader()
        if cues.any_in(sentence):  # most sentences have no cue phrase: nothing to look for
            finder.passive()
            finder.active()
            finder.transfer()
            finder.flow()
            finder.arrival()
            finder.agent()
            finder.held()
        if receives:
            finder.received()
        # every money-from form ends in `from`, or the sentence opens with money (`Funding for X is assured by`)
        if body.find("from", sentence.start, sentence.end) >= 0 or _MONEY_OPENING.match(body, sentence.start):
            finder.money_from()
        if _OWNED_FUNDING.search(body, sentence.start, sentence.end):
            finder.possessive_funding()
            finder.funders_named_after()
        if body.find("from", sentence.start, sentence.end) >= 0:
            finder.owned_money_from()
        if _COST_OF.search(body, sentence.start, sentence.end):
            finder.cost_of()
        funded = next(
            (
                r.target
                for r in reversed(finder.relations)
                if r.relation == "funds" and found.actors[r.target].type == "mission"
            ),
            None,
        )
        seen: set[tuple[str, str, str]] = set()
        for r in finder.relations:
            r = _named_before(r, relations, found)
            if (r.source, r.relation, r.target) not in seen:
                seen.add((r.source, r.relation, r.target))
                relations.append(r)
    return relations


def _named_before(relation: Relation, before: list[Relation], found: ArticleActors) -> Relation:
    """`the Kenyan-led MSS … Kenya led that mission for 15 months`: a mission written as a common noun, whose
    actor the actors stage guessed from the article as a whole, is the mission of the same type that the same
    source was already said to stand in this relation to (the text's own link), when there is exactly one."""
    if not relation.nominal_target:
        return relation
    kind = found.actors[relation.target].type
    earlier = {
        r.target
        for r in before
        if r.source == relation.source and r.relation == relation.relation and found.actors[r.target].type == kind
    }
    if len(earlier) != 1 or relation.target in earlier:
        return relation
    return dataclasses.replace(relation, target=earlier.pop())
