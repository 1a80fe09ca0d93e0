"""Actor rules of the sixth actors round on made-up sentences: one test per form, so a broken rule names itself.

The forms come from the misses on the retired held-out sets 2 and 3 (201–212, 301–312): lower-case and
`Written by` bylines and press contacts' lines, bodies named with their country or their seat, titles set
off before an honorific and a name, ranks and titles read as names; the sentences here are invented and name
nobody of them.
"""

from __future__ import annotations

from test_actor_rules_round_four import actors, affiliate  # one helper for every actor-rules round


def people(body: str) -> set[str]:
    return {a.name for a in actors(body).values() if a.type == "person"}


# -- bylines and contact lines ----------------------------------------------------------------------


def test_a_lower_case_byline_names_no_actor() -> None:
    assert people("by Maria Verhaegen-Marsh\nGangs blocked the road to Hinche on Monday, police said.") == set()


def test_a_written_by_byline_names_no_actor() -> None:
    assert people("Written by Sarah Wiśniewski\nGangs blocked the road to Hinche on Monday, police said.") == set()


def test_a_byline_of_two_reporters_and_their_outlet_names_no_actor() -> None:
    body = "By Renée Castaño and Piotr Wiśniewski-Hale, WNN\nGangs blocked the road to Hinche, police said."
    assert people(body) == set()


def test_a_byline_of_a_name_and_where_it_was_filed_names_no_actor() -> None:
    assert people("Odile Verhaegen in Nairobi\nGangs blocked the road to Hinche on Monday, police said.") == set()


def test_a_press_contacts_line_names_no_actor() -> None:
    body = (
        "The agency opened two clinics in Hinche, its director Anselm Kettering said.\n"
        "For further information, please contact:\n"
        "Odile Verhaegen, Press Officer, Relief Agency, verhaegen@example.org, Tel: +1 555 0100"
    )
    assert people(body) == {"Anselm Kettering"}


# -- a body named with its country or its seat ------------------------------------------------------


def test_a_post_named_with_its_seat_also_goes_by_the_post_alone() -> None:
    found = actors("The Peruvian Embassy in Nairobi said on Monday that its staff were safe.")
    assert "Peruvian Embassy" in found["Peruvian Embassy in Nairobi"].aliases


def test_a_state_office_named_with_its_country_also_goes_by_the_office_alone() -> None:
    found = actors("The Chilean Ministry of Mines and Quarries said the permits were suspended.")
    assert "Ministry of Mines and Quarries" in found["Chilean Ministry of Mines and Quarries"].aliases


def test_a_body_whose_country_is_part_of_its_name_keeps_it() -> None:
    found = actors("The Chilean National Police said the permits were suspended.")
    assert not found["Chilean National Police"].aliases


def test_a_national_government_is_its_country() -> None:
    found = actors("The Peruvian Government said on Friday that it would send two more ships.")
    assert "Peruvian Government" not in found
    assert found["Peru"].type == "country"


# -- titles set off before a name -------------------------------------------------------------------


def test_a_title_set_off_before_an_honorific_and_a_name_is_the_role() -> None:
    found = actors("The Minister of Mines, Dr. Anselm Kettering, said the permits were suspended.")
    assert found["Anselm Kettering"].role == "Minister of Mines"


def test_a_title_set_off_before_a_courtesy_form_and_a_name_is_the_role() -> None:
    found = actors("The Minister of Mines and Quarries, Me Anselm Kettering, said the permits were suspended.")
    assert found["Anselm Kettering"].role == "Minister of Mines and Quarries"


def test_a_title_of_a_portfolio_listed_with_commas_is_the_whole_role() -> None:
    found = actors("The Minister of Mines, Quarries and Rural Roads, Anselm Kettering, said the roads were shut.")
    assert found["Anselm Kettering"].role == "Minister of Mines, Quarries and Rural Roads"


# -- police ranks -----------------------------------------------------------------------------------


def test_a_police_rank_before_a_name_is_the_role_not_part_of_the_name() -> None:
    found = actors("Senior Superintendent Marcus Okwuosa said the guns were still arriving by canoe.")
    assert found["Marcus Okwuosa"].role == "Senior Superintendent"


def test_a_police_ranks_abbreviation_alone_is_no_organization() -> None:
    found = actors("Asked about the guns, the ACP said investigators were working with customs.")
    assert "ACP" not in found


# -- a common noun's possessive opening a body's name -----------------------------------------------


def test_a_common_nouns_possessive_opens_a_partys_name() -> None:
    found = actors("Leaders of the People’s Liberation Party said they backed the plan.")
    assert found["People’s Liberation Party"].type == "organization"
    assert "Liberation Party" not in found


def test_a_common_nouns_possessive_before_a_lower_case_noun_is_no_name() -> None:
    found = actors("The People’s patience is running out, the minister Anselm Kettering said.")
    assert not any(a.type == "organization" for a in found.values())


# -- headlines and sentences the splitter missed ----------------------------------------------------


def test_a_title_case_headline_with_a_pronoun_names_no_body() -> None:
    found = actors("Ministry Fines Three Firms and Banker Who Hid Them\nThe Ministry of Mines fined three firms.")
    assert {a.name for a in found.values() if a.type == "organization"} == {"Ministry of Mines"}


def test_a_companys_abbreviation_closing_a_sentence_ends_its_name() -> None:
    found = actors("Marcus Okwuosa owns a firm, Okwuosa Holdings S.A. Since last year, the firm has paid the gang.")
    assert "Okwuosa Holdings S.A." in found
    assert not any(name.endswith("Since") for name in found)


# -- a rank after an office -------------------------------------------------------------------------


def test_a_rank_after_an_office_before_a_name_is_the_role() -> None:
    found = actors("Chief of Defence Staff Rear Admiral Anselm Kettering told reporters the troops were ready.")
    assert found["Anselm Kettering"].role == "Rear Admiral"


def test_an_office_of_a_body_before_a_name_keeps_its_body() -> None:
    found = actors("Inspector General of Police Anselm Kettering told reporters the troops were ready.")
    assert found["Anselm Kettering"].role == "Inspector General of Police"


# -- roles after a name, and before it with a body's acronym ----------------------------------------


def test_a_role_noun_after_is_and_an_article_is_the_role() -> None:
    found = actors("Marcus Okwuosa is a businessman based in Jacmel who owns two farms.")
    assert found["Marcus Okwuosa"].role == "businessman"


def test_an_opinion_after_is_gives_no_role() -> None:
    found = actors("Marcus Okwuosa is the best choice for the post, the minister Anselm Kettering said.")
    assert found["Marcus Okwuosa"].role == ""


def test_an_apposition_role_followed_by_a_participle_is_the_role() -> None:
    found = actors("The plan drew criticism from Marcus Okwuosa, 47, a taxi driver waiting at the rank.")
    assert found["Marcus Okwuosa"].role == "taxi driver"


def test_a_bodys_acronym_opens_a_role_set_off_before_a_name() -> None:
    found = actors("Ghana's U.N. ambassador, Marcus Okwuosa, told reporters the vote would be close.")
    assert found["Marcus Okwuosa"].role == "U.N. ambassador"


def test_a_role_of_a_body_named_elsewhere_is_the_role_alone() -> None:
    found = actors("The electoral council met on Monday, the president of the institution, Marcus Okwuosa, said.")
    assert found["Marcus Okwuosa"].role == "president"


def test_a_countrys_acronym_before_a_role_set_off_before_a_name_is_no_part_of_it() -> None:
    found = actors("The U.S. ambassador to the United Nations, Marcus Okwuosa, told reporters the vote would be close.")
    assert found["Marcus Okwuosa"].role == "ambassador"


# -- bodies typed by an apposition or their head word -----------------------------------------------


def test_a_name_set_off_by_an_apposition_of_a_bodys_noun_is_a_body_wherever_repeated() -> None:
    body = (
        "The ministry hired contractors, among them Kettering Global, the company run by a former soldier. "
        "Kettering Global did not reply."
    )
    found = actors(body)
    assert found["Kettering Global"].type == "organization"


def test_a_persons_apposition_with_a_bodys_noun_before_a_role_stays_a_person() -> None:
    found = actors("Maria Okwuosa, a company spokeswoman, said the flights would resume.")
    assert found["Maria Okwuosa"].type == "person"


def test_a_panel_of_experts_is_a_body() -> None:
    found = actors("The guns were smuggled by boat, according to a report by the UN Panel of Experts on Haiti.")
    assert found["UN Panel of Experts on Haiti"].type == "organization"


def test_a_compound_modifier_and_a_branch_are_one_body() -> None:
    found = actors("Marcus Okwuosa heads the Counter-Narcotics and Serious Crime Investigation Branch of the force.")
    assert found["Counter-Narcotics and Serious Crime Investigation Branch"].type == "organization"
    assert "Counter-Narcotics" not in found


def test_a_title_set_off_before_two_honorifics_and_a_name_is_the_role() -> None:
    found = actors("The Minister of Mines, Hon. Dr. Anselm Kettering, said the permits were suspended.")
    assert found["Anselm Kettering"].role == "Minister of Mines"


def test_a_role_for_a_body_with_its_acronym_set_off_before_a_name_gives_role_and_affiliation() -> None:
    found = actors("A spokeswoman for the Ministry of Mines and Quarries (MMQ), Lise Okwuosa, said they were shut.")
    assert found["Lise Okwuosa"].role == "spokeswoman"
    assert affiliate(found, "Lise Okwuosa") == "Ministry of Mines and Quarries"


def test_an_apposition_role_of_an_office_in_lower_case_keeps_the_office() -> None:
    found = actors("Lise Okwuosa, special representative of the secretary-general, said the vote was close.")
    assert found["Lise Okwuosa"].role == "special representative of the secretary-general"


def test_an_apposition_role_of_a_body_named_elsewhere_is_the_role_alone() -> None:
    found = actors("Lise Okwuosa, a member of the council, said the vote was close.")
    assert found["Lise Okwuosa"].role == "member"


def test_a_title_word_closing_a_name_that_opens_with_a_first_name_is_a_surname() -> None:
    found = actors("Marcus Prince said the firm had done nothing wrong.")
    assert found["Marcus Prince"].type == "person"


def test_a_title_word_opening_a_name_stays_a_title() -> None:
    found = actors("Prince Harry visited the school on Monday.")
    assert found["Harry"].role == "Prince"


def test_a_plural_role_noun_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    found = actors("Leaders of the Grand Ravine coalition said they would talk to the council.")
    assert "Grand Ravine" in found
    assert not any(name.startswith("Leaders") for name in found)


def test_a_humanitarian_body_named_with_a_lower_case_article_is_one_body() -> None:
    found = actors("Aid agencies including Save the Children warned that the camps were full.")
    assert found["Save the Children"].type == "organization"


def test_a_lower_case_role_of_a_noun_right_before_a_name_is_the_whole_role() -> None:
    found = actors("“Each move hurts,” the agency's chief of mission Lise Okwuosa said in a statement.")
    assert found["Lise Okwuosa"].role == "chief of mission"


def test_a_relation_of_a_role_before_a_name_is_no_role() -> None:
    found = actors("The wife of farmer Lise Okwuosa said the harvest had failed.")
    assert found["Lise Okwuosa"].role == "farmer"


def test_a_french_or_creole_name_joined_by_pour_is_one_body() -> None:
    found = actors("The Front National pour le Progrès (FNP) said it would not take part in the talks.")
    assert found["Front National pour le Progrès"].type == "organization"
