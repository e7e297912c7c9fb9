"""Who says it: after-quote, before-quote, next sentence, "according to", relay chains, headers,
inverted Ukrainian/Russian order; denials, accusations and hedges."""

from __future__ import annotations


def src(f):
    return f.source.name if f.source else None


def test_subject_said_that(one):
    f = one(
        "Ukrainian human rights ombudswoman Lyudmyla Denisova said today that so far 130 people "
        "had been rescued from the rubble in Mariupol."
    )
    assert src(f) == "Lyudmyla Denisova"
    assert f.source.role == "Ukrainian human rights ombudswoman"


def test_said_at_the_end_with_an_apposition(one):
    f = one(
        "About 6,500 cars left Mariupol on Tuesday, the deputy head of the president's office, "
        "Kyrylo Tymoshenko, said."
    )
    assert src(f) == "Kyrylo Tymoshenko"
    assert f.source.role == "the deputy head of the president's office"


def test_after_quote(one):
    f = one(
        '"Work is continuing. More than 1,000 people were in the shelter in Mariupol when the bomb hit," '
        "Denisova said in a televised address."
    )
    assert src(f) == "Denisova"
    assert f.source.channel == "televised address"


def test_before_quote_with_pronoun(figures):
    text = (
        "Pavlo Kyrylenko, head of the Donetsk regional administration, said people could not leave.\n"
        'He continued: "Russians are holding 400 people hostage in our hospital in Mariupol."'
    )
    (f,) = figures(text)
    assert src(f) == "Pavlo Kyrylenko"


def test_surname_resolves_to_the_full_name(figures):
    text = (
        "Deputy Prime Minister Iryna Vereshchuk spoke on Monday.\n"
        "Vereshchuk said 8,057 people had been evacuated from Mariupol."
    )
    (f,) = figures(text)
    assert src(f) == "Iryna Vereshchuk"


def test_according_to(one):
    f = one(
        "At least 200,000 Mariupol residents are in urgent need of evacuation, according to local "
        "authorities."
    )
    assert src(f) == "local authorities"


def test_pronoun_it_is_the_last_organisation(figures):
    text = (
        "About 300 civilians have reached Zaporizhzhia, the Mariupol city council said.\n"
        "At the same time about 2,000 cars had left Mariupol, it said."
    )
    got = figures(text)
    assert [src(f) for f in got] == ["Mariupol city council", "Mariupol city council"]


def test_relay_chain_keeps_the_speaker(one):
    f = one(
        "Nearly 40,000 people have now left Mariupol, Donetsk governor Pavlo Kyrylenko told reporters, "
        "citing figures from the city council."
    )
    assert src(f) == "Pavlo Kyrylenko"
    assert f.source.role == "Donetsk governor"
    assert f.source.channel == "press"


def test_spokesperson_for_an_organisation(figures):
    text = (
        "Residents are suffocating, Ewan Watson, spokesperson for the International Committee of the Red "
        "Cross (ICRC), told a UN briefing in Geneva, adding that 300 people were trapped in Mariupol."
    )
    (f,) = figures(text)
    assert src(f) == "Ewan Watson"
    assert f.source.organisation == "International Committee of the Red Cross (ICRC)"
    assert f.source.channel == "briefing"


def test_next_sentence_attribution_uk(figures):
    text = "З Маріуполя сьогодні виїхали 4 тисячі людей. Про це повідомив міський голова Вадим Бойченко."
    (f,) = figures(text, lang="uk")
    assert src(f) == "Вадим Бойченко"


def test_inverted_order_uk_and_ru(figures):
    (uk,) = figures("Із Маріуполя виїхали близько 2 тисяч автомобілів, повідомила Маріупольська міська рада.")
    (ru,) = figures(
        "Из Мариуполя за сутки выехали около 20 тысяч человек, сообщил заместитель главы офиса "
        "президента Украины Кирилл Тимошенко."
    )
    assert src(uk) == "Маріупольська міська рада"
    assert src(ru) == "Кирилл Тимошенко"


def test_possessive_pronoun_phrase_ru(figures):
    text = (
        "Из-под завалов в Мариуполе спасены 130 человек, сообщила омбудсмен Людмила Денисова.\n"
        "По ее словам, под завалами могут оставаться сотни людей."
    )
    got = figures(text)
    assert [src(f) for f in got] == ["Людмила Денисова", "Людмила Денисова"]
    assert got[1].hedge == "могут"


def test_channel_post_header_covers_the_post(figures):
    text = (
        "Pavlo Kyrylenko, head of the Donetsk regional military administration:\n\n"
        "From Mariupol, 4,128 people were evacuated today. Another 1,700 are waiting in Berdiansk."
    )
    got = figures(text)
    assert [src(f) for f in got] == ["Pavlo Kyrylenko", "Pavlo Kyrylenko"]
    assert got[0].source.role == "head of the Donetsk regional military administration"


def test_unattributed_is_null(one):
    assert one("Roughly 1,300 Ukrainians are still trapped under the rubble in Mariupol.").source is None


def test_of_these_carries_the_source(figures):
    text = (
        "The United Nations refugee agency said that 3,270,662 people had left Ukraine. "
        "Over half of these, 1,975,449, had entered Poland."
    )
    got = figures(text)
    assert [src(f) for f in got] == ["United Nations refugee agency"] * 2
    assert got[1].place.name == "Poland"


def test_denial_without_a_number_is_an_item(figures):
    got = figures(
        "More than 2,500 Mariupol residents have been killed, officials said. "
        "Russia denies targeting civilians."
    )
    assert [f.stance for f in got] == ["claim", "denial"]
    den = got[1]
    assert den.value is None and src(den) == "Russia"
    assert den.place.name == "Mariupol"


def test_denial_with_a_number(one):
    f = one("Russia's defence ministry denied that 300 civilians were killed in the Mariupol theatre.")
    assert f.stance == "denial"
    assert src(f) == "defence ministry"


def test_accusation(figures):
    got = figures(
        "Ukraine accused Moscow of forcibly deporting several thousand residents of Mariupol to Russia."
    )
    (f,) = got
    assert f.stance == "accusation" and src(f) == "Ukraine"
    assert f.place.name == "Mariupol"


def test_hedges(figures):
    (a,) = figures("In Mariupol up to 1,200 civilians were reportedly sheltering.")
    (b,) = figures(
        "Some 2,187 residents of Mariupol have been killed, the city council said.\n"
        "The figure could not be independently verified."
    )
    (c,) = figures("OHCHR recorded 636 civilians killed in Ukraine; the actual figures are likely higher.")
    assert a.hedge == "reportedly"
    assert b.hedge == "could not be independently verified"
    assert c.hedge == "likely"


def test_relay_chain_x_said_y_told(one):
    f = one(
        "Mayor Vadym Boichenko said a hospital worker had told him that 400 people were trapped in Mariupol."
    )
    assert src(f) == "Vadym Boichenko"
    assert f.source.role == "Mayor"


def test_relay_chain_x_said_y_reported(one):
    f = one("Ukrainian officials said the Red Cross reported that 300 people were rescued in Mariupol.")
    assert src(f) == "Ukrainian officials"


def test_a_denial_next_to_a_claim_in_one_sentence(figures):
    got = figures(
        "Ukraine says 1,000 people were sheltering in the theatre in Mariupol; Russia denies bombing it."
    )
    assert [(f.value, f.stance, src(f)) for f in got] == [
        (1000, "claim", "Ukraine"),
        (None, "denial", "Russia"),
    ]


def test_quote_with_a_dash_uk(one):
    f = one("«Із міста сьогодні виїхали понад 6 тисяч людей», — заявив Вадим Бойченко.", lang="uk")
    assert (f.value, f.category, src(f)) == (6000, "evacuated", "Вадим Бойченко")


def test_he_after_an_office(figures):
    text = (
        "MARIUPOL, April 4 - Most buildings are damaged, the mayor said.\n"
        "He estimated that at least 5,000 civilians have been killed in the city."
    )
    (f,) = figures(text, published="2022-04-04")
    assert src(f) == "mayor"
    assert f.place.name == "Mariupol"  # "the city", and only the dateline names one


def test_of_them_after_the_figure_does_not_inherit(figures):
    text = "4.2M refugees (UNHCR)\nLocal authorities report that about 100,000 residents remain in Mariupol, many of them old."
    got = figures(text)
    assert [src(f) for f in got] == ["UNHCR", "Local authorities"]
