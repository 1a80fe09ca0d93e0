"""Indirect speech in forms agency, broadsheet and think-tank copy uses around its sources (speakers round
fourteen): when the words were given after the verb (`said last month, and ...`), a source set off inside the
sentence (`, according to X, and ...`), a source phrase that goes on past the source (`, which arrested ...`,
`published in April`).

Every sentence here is made up for the test; names and events are fictional.
"""

from __future__ import annotations

import pytest

from tests.test_speaker_forms import _found, _quotes


def _indirect(body: str) -> list:
    return [q for q in _quotes(body) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "when",
    ["said last month", "reported in June", "said earlier this year", "said on June 4", "said last week"],
)
def test_when_after_the_verb_ends_the_attribution_not_opens_a_clause(when: str) -> None:
    body = (
        "About 900 families have fled the hills around the town, the Refugee Council (RC) "
        f"{when}, and several schools have closed their doors."
    )
    quote = _found(body, "indirect", "About 900 families")
    assert quote.text == "About 900 families have fled the hills around the town"
    assert quote.speaker == "Refugee Council"
    assert all(not q.text.startswith(("last", "in June", "earlier", "on June")) for q in _indirect(body))


def test_according_to_set_off_inside_the_sentence_reports_the_clause_before_it() -> None:
    body = "Fuel reached the northern towns by truck from the border, according to the council, while prices doubled."
    quote = _found(body, "indirect", "Fuel reached")
    assert quote.text == "Fuel reached the northern towns by truck from the border"
    assert quote.speaker == "the council"
    assert body[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("according to the coast guard, which seized two of the boats in May", "the coast guard"),
        ("according to a study by the Refugee Council published in April", "Refugee Council"),
        ("according to a report by the Refugee Council released last week", "Refugee Council"),
    ],
)
def test_the_source_of_according_to_ends_before_what_is_said_about_it(tail: str, speaker: str) -> None:
    body = f"The rifles were shipped from the port in boxes marked as spare parts, {tail}."
    quote = _found(body, "indirect", "The rifles were shipped")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Teachers in the northern district have not been paid for five months, Carla Brenet has told the Senate.",
            "Carla Brenet",
        ),
        (
            "Teachers in the northern district have not been paid for five months, the minister told this newspaper.",
            "the minister",
        ),
        (
            "Teachers in the northern district have not been paid for five months, local officials and a church "
            "group said.",
            "local officials and a church group",
        ),
    ],
)
def test_a_clause_then_its_source_in_perfect_to_this_outlet_or_two_sources(body: str, speaker: str) -> None:
    quote = _found(body, "indirect", "Teachers in the northern district")
    assert quote.text == "Teachers in the northern district have not been paid for five months"
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "The mayor of the town, Jules Pradel, confirmed that the road had closed but said trucks carrying food "
            "had crossed the bridge by Monday night.",
            "the road had closed",
            "trucks carrying food had crossed the bridge by Monday night",
        ),
        (
            "The ambassador of Peru said her country had voted against the text, saying lawmakers had not been "
            "consulted on the change.",
            "her country had voted against the text",
            "lawmakers had not been consulted on the change",
        ),
    ],
)
def test_a_second_verb_without_that_opens_a_second_clause(body: str, first: str, second: str) -> None:
    assert [q.text for q in _indirect(body)] == [first, second]


def test_a_second_verb_with_a_mostly_quoted_clause_leaves_it_to_the_partial_quote() -> None:
    body = "The union denied in a letter to the press that its members had left, saying they had “only gone home.”"
    assert [q.text for q in _indirect(body)] == ["its members had left"]


def test_and_that_after_a_partial_quotation_is_a_clause_of_the_same_speaker() -> None:
    body = "Mina Dufort said on Friday that the ruling was “a gift to smugglers” and that the court should hear it."
    quote = _found(body, "indirect", "the ruling was")
    assert quote.text.endswith("the court should hear it")
    assert quote.speaker == "Mina Dufort"


def test_a_participle_inside_an_opening_phrase_is_not_the_speech_verb() -> None:
    body = (
        "Paul Sennet leads the gang. In a video posted online on Monday, Sennet vowed to “burn the market down” "
        "before the rains."
    )
    quote = _found(body, "partial", "burn the market down")
    assert quote.speaker == "Paul Sennet"


def test_a_note_read_to_reporters_opens_the_sentence_and_the_council_speaks() -> None:
    body = (
        "The council met on Monday. In a note read to reporters at its office in the capital, the council said "
        "the vote was delayed because “the ballots have not arrived” in the north."
    )
    assert _found(body, "indirect", "the vote was delayed").speaker == "the council"
    assert _found(body, "partial", "the ballots").speaker == "the council"


def test_whom_the_words_were_given_to_is_not_the_role_s_name() -> None:
    body = (
        "Contacted by Le Nouvelliste, the Minister of Justice and Labour, Me Rose Alcide, affirmed that the police "
        "will draw up a plan for each of the 900 centres.\n“We will not wait. We act first,” the minister insisted."
    )
    assert _found(body, "full", "We will not wait").speaker == "Rose Alcide"


def test_a_footnote_mark_ends_the_sentence_and_stays_out_of_the_clause() -> None:
    body = "The mayor said the road was open.[3] A diplomat in the capital described the plan as “a promise unmet.”[4]"
    assert _found(body, "indirect", "the road was open").text == "the road was open"
    assert _found(body, "partial", "a promise unmet").speaker == "A diplomat in the capital"


def test_a_second_source_with_an_apposition_reports_its_own_clause_and_quotation() -> None:
    body = (
        "Several union leaders said they doubted the strike would end soon, and one of them, a former minister, "
        "warned that a strike held in winter would “break the union for good.”"
    )
    first, second = _indirect(body)
    assert (first.speaker, first.text) == ("Several union leaders", "they doubted the strike would end soon")
    assert second.speaker == "one of them, a former minister"
    assert _found(body, "partial", "break the union").speaker == "one of them, a former minister"


def test_told_a_body_by_name_after_the_clause() -> None:
    body = (
        "NAIROBI, Kenya, Mar 4 – Teachers who served in the north are still owed Sh2 billion in pay, Education "
        "Cabinet Secretary Carla Brenet has told Parliament."
    )
    quote = _found(body, "indirect", "Teachers who served")
    assert quote.speaker == "Carla Brenet"


def test_a_statement_phrase_before_that_keeps_the_first_clause_and_the_office_speaks() -> None:
    body = (
        "The office of Prime Minister Jean Paul Lamy said in a brief statement on Sunday that an inquiry had been "
        "opened and that “no operation targets civilians”."
    )
    quote = _found(body, "indirect", "an inquiry had been opened")
    assert quote.speaker == "The office of Prime Minister Jean Paul Lamy"
    assert _found(body, "partial", "no operation").speaker == quote.speaker


def test_declared_to_an_outlet_then_adding_that() -> None:
    body = (
        "The party’s leader, Paul Marais, spoke on Monday. “We are not against the vote,” he declared to Radio "
        "Vision, adding that his party would meet the council “with proposals.”"
    )
    assert _found(body, "partial", "with proposals").speaker == "Paul Marais"
    assert _found(body, "full", "We are not against").speaker == "Paul Marais"


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        (
            "The shipments were traced through customs filings after the arrest, court records showed.",
            "court records",
            "showed",
        ),
        ("Veterans and relatives of the dead broadly agree that the commission came too late.", None, "agree"),
        (
            "The Ministry of Foreign Affairs and Trade requested that the flights be suspended during the storm.",
            "Ministry of Foreign Affairs and Trade",
            "requested",
        ),
    ],
)
def test_what_records_show_what_sources_agree_on_and_a_request(body: str, speaker: str | None, cue: str) -> None:
    (quote,) = _indirect(body)
    assert quote.cue == cue
    assert speaker is None or quote.speaker == speaker


@pytest.mark.parametrize(
    "body",
    ["The council agreed to meet again in May.", "The video shows a man walking past the burning market."],
)
def test_agree_to_and_shows_an_object_report_nothing(body: str) -> None:
    assert _indirect(body) == []


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        (
            "The Provisional Electoral Council (CEP) postponed the vote on Friday. In a note read to reporters, the "
            "council said the delay was needed.",
            "the delay was needed",
        ),
        (  # another body spoke in between: `the council` is still the one whose name holds `council`
            "The Provisional Electoral Council (CEP) postponed the vote on Friday. The IOM said 3,000 had fled. "
            "According to the council, only 3 million voters hold a card.",
            "only 3 million voters",
        ),
    ],
)
def test_the_council_refers_back_to_the_body_whose_name_holds_the_noun(body: str, starts: str) -> None:
    assert _found(body, "indirect", starts).speaker == "Provisional Electoral Council"


def test_a_named_body_keeps_its_name_not_its_relative_clause() -> None:
    body = (
        "The Regional Security System (RSS), which is headquartered in Barbados, said in a release that it would "
        "coordinate the flights."
    )
    assert _found(body, "indirect", "it would coordinate").speaker == "Regional Security System"


def test_a_noun_and_its_relative_clause_after_a_clause_is_no_source() -> None:
    body = "Cholera came to the island in 2010 with soldiers, a responsibility that the UN acknowledged in 2016."
    assert _indirect(body) == []


@pytest.mark.parametrize("link", ["but", "although"])
def test_sources_there_in_a_second_clause(link: str) -> None:
    body = f"The Red Cross opened a clinic in the town in May, {link} nurses there say they are too few to treat all."
    assert _found(body, "indirect", "they are too few").speaker == "nurses there"


@pytest.mark.parametrize(
    ("body", "starts", "speaker"),
    [
        (
            "The director general of Customs, Vice Admiral Juan Luis Peña Ortiz, stated that the checks “follow the "
            "law in every port,” and rejected what he called “a smear.”",
            "follow the law",
            "Juan Luis Peña Ortiz",
        ),
        (
            "The council's coordinator, former deputy Luc Marais, said that the council “is moving too fast.”",
            "is moving too fast",
            "Luc Marais",
        ),
    ],
)
def test_a_role_then_a_titled_name_in_apposition_names_a_partial_quote_s_speaker(
    body: str, starts: str, speaker: str
) -> None:
    assert _found(body, "partial", starts).speaker == speaker


def test_a_short_quoted_phrase_alone_without_a_stop_is_a_crosshead() -> None:
    body = "The market burned on Monday.\n‘Nowhere left to run’\nTraders said the fire started at dawn."
    assert [q.kind for q in _quotes(body)] == ["indirect"]


def test_a_quoted_sentence_alone_is_still_a_quotation() -> None:
    body = "The market burned on Monday, the mayor said.\n“We will rebuild.”\nTraders said the fire started at dawn."
    assert _found(body, "full", "We will rebuild").speaker == "the mayor"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "RC president Anne Dorval spoke first. The president of the RC made known that, of the 145 clinics it "
            "runs, some 20 remain closed.",
            "Anne Dorval",
        ),
        (
            "Anne Dorval, president of the Red Cross, spoke first. The president of the Red Cross said that some 20 "
            "clinics remain closed.",
            "Anne Dorval",
        ),
        (  # nobody holds that office at that body: the role as written, never the body itself
            "The Red Cross met on Monday. The president of the Red Cross said that some 20 clinics remain closed.",
            "The president of the Red Cross",
        ),
    ],
)
def test_the_role_of_a_body_is_the_person_holding_it(body: str, speaker: str) -> None:
    quote = next(q for q in _indirect(body) if "20" in q.text)
    assert quote.speaker == speaker
    assert not quote.text.startswith(",")
