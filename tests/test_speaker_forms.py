"""Speakers of direct and indirect speech in forms met in press-conference, broadcaster, Xinhua, VOA and
magazine copy (speakers round five, journalism articles 95-99).

Every sentence here is made up for the test; names and events are fictional.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.parse import pipeline
from briefing.parse.models import FrontMatter, SourceDocument
from briefing.parse.quotes import Quote


def _quotes(body: str) -> list[Quote]:
    meta = FrontMatter(title="t", published=dt.date(2026, 3, 12))
    source = SourceDocument(path="t.txt", body=body, meta=meta, sha256="0" * 64, fmt="text")
    return pipeline.parse(source).quotes


def _found(body: str, kind: str, starts: str) -> Quote:
    found = [q for q in _quotes(body) if q.kind == kind and q.text.startswith(starts)]
    assert len(found) == 1, [(q.kind, q.speaker, q.text) for q in _quotes(body)]
    return found[0]


@pytest.mark.parametrize(
    ("body", "starts", "speaker"),
    [
        (  # the clause before `told` + whom + where + when
            "Grenada will send nurses but no soldiers this year, Foreign Minister Odile Prescod told a press "
            "conference at the ministry yesterday.",
            "Grenada will send nurses",
            "Odile Prescod",
        ),
        (  # an introductory phrase holding a name in apposition; the role noun names the minister
            "Foreign Minister Odile Prescod spoke first.\nFlanked by the commander of the coast guard, Captain "
            "Ruel Baptiste, the minister said the decision had been taken on Tuesday.",
            "the decision had been taken",
            "Odile Prescod",
        ),
        (
            "Foreign Minister Odile Prescod spoke first. The minister hinted that a second offer could follow.",
            "a second",
            "Odile Prescod",
        ),
        (
            "Foreign Minister Odile Prescod spoke first. The minister went on to say that the cabinet would meet.",
            "the cabinet would meet",
            "Odile Prescod",
        ),
        (  # `the Head of State` stands for the President named before
            "President Samuel Otieno has insisted the mission was a success. Addressing parliament last month, "
            "the Head of State noted that the airport had reopened.",
            "the airport had reopened",
            "Samuel Otieno",
        ),
        (  # the subject before a first predicate of its own and `but`
            "A Foreign Office spokesperson declined to discuss the timing but told VOA in an email that the "
            "measures were under review.",
            "the measures were under review",
            "A Foreign Office spokesperson",
        ),
        (  # a possessive role keeps its noun: the representative, not the country
            "Russia's representative questioned the value of the sanctions, saying they had done little on the ground.",
            "they had done little",
            "Russia's representative",
        ),
        (  # `told` + one capitalised word (an outlet) + a clause without `that`
            "Foreign Minister Odile Prescod told Newsday the contingent will include two medics.",
            "the contingent will include",
            "Odile Prescod",
        ),
        ("Both sides said the talks would resume in the spring.", "the talks would resume", "Both sides"),
        (  # an introductory phrase with a relative clause of its own
            "In Jacmel, where many families had found rooms, the mayor’s office said it had registered 900 families.",
            "it had registered 900",
            "the mayor’s office",
        ),
        (  # an introductory place in apposition, then the source
            "Across the river, in Bas-Ville, residents said gunfire still broke out at night.",
            "gunfire still broke out",
            "residents",
        ),
        (
            "In Dondon, a town south of the coast that is home to an old fort, hotel owners said bookings had fallen.",
            "bookings had fallen",
            "hotel owners",
        ),
        (  # `the UN agency`: the agency named before, not the UN
            "The International Organization for Migration (IOM) said 5,000 people had fled. The UN agency said most "
            "had gone to Mirebalais.",
            "most had gone",
            "International Organization for Migration",
        ),
        (
            "The UN said aid was arriving. The World Food Programme said it had fed 20,000 people. The humanitarian "
            "agency said its stocks were low.",
            "its stocks were low",
            "World Food Programme",
        ),
        (  # `the UN chief` stands for the Secretary-General named before
            "UN Secretary-General Amadou Keïta said the force needed money. The UN chief warned that the gangs were "
            "growing stronger.",
            "the gangs were growing",
            "Amadou Keïta",
        ),
        (  # a source inside a relative clause of place
            "Shots were heard in Furcy, a village above the capital, where police said gangs had burned a school.",
            "gangs had burned a school",
            "police",
        ),
        (
            "Prosecutors charged three men with shipping rifles to Haiti, where officials say the guns reached a gang.",
            "the guns reached a gang",
            "officials",
        ),
        ("The party posted on Facebook that its offices had been attacked overnight.", "its offices", "The party"),
    ],
)
def test_indirect_speaker(body: str, starts: str, speaker: str) -> None:
    assert _found(body, "indirect", starts).speaker == speaker


def test_told_with_an_audience_only_reports_nothing_after_it() -> None:
    found = [q for q in _quotes("Aid will arrive within a week, an official told a news conference in Jacmel.")]
    assert [(q.text, q.speaker) for q in found] == [("Aid will arrive within a week", "an official")]


@pytest.mark.parametrize("told", ["The Associated Press in an interview", "Reuters on Tuesday"])
def test_told_an_outlet_at_the_end_reports_the_clause_before(told: str) -> None:
    body = f"The gang had been pushed out of the market, the police chief told {told}."
    found = [(q.text, q.speaker) for q in _quotes(body) if q.kind == "indirect"]
    assert found == [("The gang had been pushed out of the market", "the police chief")]


def test_told_an_outlet_that_keeps_the_clause_after_that() -> None:
    quote = _found(
        "The mayor of Jacmel, Rose Dorsainvil, told AFP that the shooting began before dawn.", "indirect", "the"
    )
    assert quote.text == "the shooting began before dawn" and quote.speaker == "Rose Dorsainvil"


def test_a_second_clause_after_and_said_without_that() -> None:
    body = (
        "The envoy, Teodora Vasquez, spoke by video link. She warned that the appeal was only 8 percent funded, "
        "and said more than a million people had fled their homes."
    )
    first = _found(body, "indirect", "the appeal")
    second = _found(body, "indirect", "more than a million")
    assert first.text == "the appeal was only 8 percent funded"
    assert first.speaker == second.speaker == "Teodora Vasquez"
    assert (first.cue, second.cue) == ("warned", "said")


def test_before_adding_that_after_a_quotation() -> None:
    body = (
        "“A school that stays open is a street not lost,” Ingrid Solheim said, before adding that the appeal was short."
    )
    assert _found(body, "indirect", "the appeal was short").speaker == "Ingrid Solheim"


def test_described_envoy_is_the_person_who_made_the_remarks() -> None:
    body = (
        "UNITED NATIONS, Jan. 22 (Xinhua) -- The force must be given stable funding, a Chinese envoy said Thursday.\n"
        "Zhao Minghui, China's deputy permanent representative to the United Nations, made the remarks at a "
        "Security Council briefing.\n"
        "The gains remain fragile, Zhao noted."
    )
    first = _found(body, "indirect", "The force must be given")
    later = _found(body, "indirect", "The gains remain fragile")
    assert first.speaker == later.speaker == "Zhao Minghui"


def test_colon_lead_in_with_a_conjunction_and_an_adverb() -> None:
    body = (
        "Jimmy Dorlus, who leads the coalition, spoke in a video.\n"
        "But he also warned foreign troops:\n“If they come shooting, we will answer them.”"
    )
    assert _found(body, "full", "If they come").speaker == "Jimmy Dorlus"


def test_colon_lead_in_said_in_an_interview_with() -> None:
    body = "Police spokesman Garry Dorval said in an interview with Radio Soleil: “The city centre was at war.”"
    assert _found(body, "full", "The city centre").speaker == "Garry Dorval"


def test_pronoun_after_a_source_known_by_a_first_name_only() -> None:
    body = (
        "Her deputy, Wilfrid Casséus, remembers it differently.\n"
        "One of them, a young teacher who gave her name only as Roseline, laughs when asked. "
        "“I teach in the morning and I sell in the evening,” she says."
    )
    assert _found(body, "full", "I teach").speaker == "Roseline"


def test_the_spokesperson_refers_back_to_the_source_that_declined_first() -> None:
    body = (
        "A Foreign Office spokesperson declined to discuss the timing but told VOA in an email that the "
        "measures were under review.\n"
        "“Those who finance the gangs are responsible too,” the spokesperson wrote."
    )
    assert _found(body, "full", "Those who finance").speaker == "A Foreign Office spokesperson"


def test_according_to_a_source_with_a_relative_clause() -> None:
    body = "According to Paul Estimé, who heads a rights group in the capital, the killings were planned."
    quote = _found(body, "indirect", "the killings")
    assert quote.text == "the killings were planned" and quote.speaker == "Paul Estimé"


def test_constituency_title_names_the_member_and_the_pronoun_after_him() -> None:
    body = (
        "Inspector General of Police Daniel Kiprop said the allowances had been paid.\n"
        "But Kitui Rural MP Joash Mwendwa, a member of the security committee, was not convinced.\n"
        "“If everyone has been paid, why are the families calling us?” Mwendwa posed.\n"
        "He said the committee would summon the minister."
    )
    assert _found(body, "full", "If everyone").speaker == "Joash Mwendwa"
    assert _found(body, "indirect", "the committee would").speaker == "Joash Mwendwa"


@pytest.mark.parametrize(
    "woman",
    ["Ms Carline Joseph, the justice minister,", "Carline Joseph, a spokeswoman for the ministry,"],
)
def test_she_skips_a_man_named_after_the_woman(woman: str) -> None:
    body = (
        f"{woman} visited the court on Monday.\n"
        "Police spokesman Jean-Marc Estimé said the road had been cleared.\n"
        "“We are ready,” she said. She said the court would reopen within a month."
    )
    assert _found(body, "full", "We are ready").speaker == "Carline Joseph"
    assert _found(body, "indirect", "the court would").speaker == "Carline Joseph"


def test_he_stays_with_the_man_named_last_when_nothing_says_otherwise() -> None:
    body = "Carline Joseph visited the court.\nJean-Marc Estimé said the road was clear.\n“We are ready,” he said."
    assert _found(body, "full", "We are ready").speaker == "Jean-Marc Estimé"


def test_a_man_who_spoke_of_himself_as_he_is_not_she() -> None:
    body = (
        "Carline Joseph visited the court on Monday.\n"
        "Jean-Marc Estimé said he had cleared the road.\n"
        "“We are ready,” she said."
    )
    assert _found(body, "full", "We are ready").speaker == "Carline Joseph"


def test_announced_an_amount_names_no_speaker() -> None:
    body = "Today, the minister, Ana Lortie, announced $60 million in new funding to help restore security in Haiti."
    assert [q for q in _quotes(body) if q.kind == "indirect"] == []


def test_a_source_at_the_end_wins_over_one_inside_the_clause() -> None:
    body = (
        "Donors pledged about $95 million on Thursday, well short of the $300 million the United Nations says "
        "the force needs, diplomats said."
    )
    quote = _found(body, "indirect", "Donors pledged")
    assert quote.speaker == "diplomats"


def test_written_to_someone_is_no_reported_clause() -> None:
    body = "The union wrote to the ministry last week asking it to suspend the deployments."
    assert [q for q in _quotes(body) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The United States and Canada said the sanctions would be widened.", "The United States and Canada"),
        ("Jamaica and the Bahamas said they would send more troops.", "Jamaica and the Bahamas"),
    ],
)
def test_two_actors_speaking_together_are_kept_as_written(body: str, speaker: str) -> None:
    assert _found(body, "indirect", "").speaker == speaker


def test_the_adverb_of_an_infinitive_stays_in_the_source() -> None:
    body = "A U.S. official who was not authorized to speak publicly told reporters that inspections had doubled."
    assert _found(body, "indirect", "inspections").speaker == "A U.S. official who was not authorized to speak publicly"


def test_the_subject_of_a_clause_after_after_is_the_speaker() -> None:
    body = "The road reopened two days after the police said they had cleared the barricades."
    assert _found(body, "indirect", "they had cleared").speaker == "the police"


def test_a_partial_quotation_after_thanking() -> None:
    body = "Prime Minister Odile Prescod welcomed the decision in a post, thanking “our brothers and sisters”."
    assert _found(body, "partial", "our brothers").speaker == "Odile Prescod"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "Commander Godfrey Otunge acknowledged the force had struggled to hold the road.",
            ["the force had struggled"],
        ),
        ("The minister admitted the deployment would be delayed.", ["the deployment would be delayed"]),
        ("The ministry confirmed the deaths of three officers.", []),  # an object, not a clause
        ("The government announced an additional $45 million for the force.", []),
    ],
)
def test_a_clause_without_that_after_a_verb_that_also_takes_objects(body: str, found: list[str]) -> None:
    texts = [q.text for q in _quotes(body) if q.kind == "indirect"]
    assert [t for t in texts if any(t.startswith(f) for f in found)] == texts and len(texts) == len(found)


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Foreign Minister Odile Prescod said the talks had been useful, while Interior Minister Paul Dorsinville "
            "said they had achieved nothing.",
            ("the talks had been useful", "Odile Prescod"),
            ("they had achieved nothing", "Paul Dorsinville"),
        ),
        (
            "Officials said the road was open again, and residents said traffic had resumed.",
            ("the road was open again", "Officials"),
            ("traffic had resumed", "residents"),
        ),
    ],
)
def test_a_second_source_inside_the_clause_reports_its_own(body: str, first: tuple, second: tuple) -> None:
    found = [(q.text, q.speaker) for q in _quotes(body) if q.kind == "indirect"]
    assert found == [first, second]


def test_a_pronoun_after_but_keeps_one_clause_of_one_speaker() -> None:
    body = "The mayor said the market would reopen, but he said it would take weeks."
    assert [q.speaker for q in _quotes(body) if q.kind == "indirect"] == ["The mayor"]


@pytest.mark.parametrize(
    "tail",
    [
        "the ministry said in a statement on Tuesday",
        "the ministry said Tuesday in a statement",
        "the minister said in a statement released by his office",
        "the minister said at a press conference in Nairobi",
        "the minister said during a visit to Ouanaminthe",
        "the minister told lawmakers during a hearing on Thursday",
    ],
)
def test_the_clause_before_a_verb_with_where_and_when_after_it(tail: str) -> None:
    found = [(q.text, q.frame) for q in _quotes(f"The border will reopen next week, {tail}.") if q.kind == "indirect"]
    assert found == [("The border will reopen next week", "clause_said")]


def test_told_a_plural_audience_then_a_clause_without_that() -> None:
    assert _found("The minister told lawmakers the border would reopen.", "indirect", "the border").speaker == (
        "The minister"
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Commander Tricia Knowles told reporters in Nassau in late 2025:",
        "Prime Minister Tricia Rowe wrote on Facebook on September 4:",
    ],
)
def test_colon_lead_in_with_whom_where_and_when(lead: str) -> None:
    quote = _found(f"{lead} “We are working with our partners to trace every weapon.”", "full", "We are working")
    assert quote.speaker == "Tricia Knowles" or quote.speaker == "Tricia Rowe"


def test_according_to_a_source_then_a_trailing_phrase() -> None:
    body = "Kidnappings rose to 883 in 2024, according to local rights groups, with victims including doctors."
    assert _found(body, "indirect", "Kidnappings").speaker == "local rights groups"


@pytest.mark.parametrize(
    "appositive",
    ["a former police officer who now heads the Toto Lakwa gang", "the prime minister of Belize"],
)
def test_colon_lead_in_after_an_introductory_phrase_and_an_apposition(appositive: str) -> None:
    body = f"Speaking on Thursday in Port of Spain, Kwame Hinds, {appositive}, said: “If they want peace, talk to us.”"
    assert _found(body, "full", "If they want peace").speaker == "Kwame Hinds"


def test_a_demonym_before_a_role_and_a_name_is_not_the_speaker() -> None:
    body = "According to French special envoy Henrik Johansson, Haiti needed a force with the authority to act."
    assert _found(body, "indirect", "Haiti needed").speaker == "Henrik Johansson"


@pytest.mark.parametrize("reader", ["the Miami Herald", "The Lantern Post"])
def test_documents_reviewed_by_an_outlet_speak_as_written(reader: str) -> None:
    body = f"The mission is funded mainly by Canada, according to budget documents reviewed by {reader}."
    assert _found(body, "indirect", "The mission").speaker == f"budget documents reviewed by {reader}"


@pytest.mark.parametrize(
    "body",
    [
        "The ministry recalled the officers who had been deployed to the border.",
        "The gang posted a video that showed its fighters burning a police station.",
        "The government announced a plan that would double the force.",
    ],
)
def test_an_object_with_a_relative_clause_is_no_reported_speech(body: str) -> None:
    assert [q for q in _quotes(body) if q.kind == "indirect"] == []
