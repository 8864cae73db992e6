from reader.core.boilerplate import classify, guess_title
from reader.core.compare import compare
from reader.core.loading import load_path
from reader.core.segment import paragraphs


def flagged(text):
    spans = paragraphs(text)
    return [text[s.start:s.end] for s, f in zip(spans, classify(text, spans)) if f]


def test_scraped_sample_clutter_is_marked_and_the_body_is_not(sample_paths):
    clean, scraped = (load_path(p) for p in sample_paths)
    c = compare(clean, scraped)
    text = scraped.text
    bp = [text[s.start:s.end] for s in c.right.segments if s.status == "boilerplate"]
    for clutter in ("• $ 519.61", "-6 °C", "Алматы", "2025 Год", "16 Декабря", "• A", "• 1 Марта 2022",
                    "• 20", "Фото - Caravan.kz", "В тренде:", "АЭС", "Перейти к новостям спорта",
                    "Закрыты выезды из Астаны",
                    "Тайсон решил провести бой в Африке в 59 лет"):
        assert clutter in bp, clutter
    # every article sentence (linked to the clean version) is not clutter
    body = [s for s in c.right.segments if s.link is not None]
    assert len(body) >= 12
    assert all(s.status != "boilerplate" for s in body)
    assert "Касым-Жомарт Токаев выступил на внеочередном съезде партии Nur Otan." not in bp
    # the clean version has only its photo caption marked
    assert [clean.text[s.start:s.end] for s in c.left.segments if s.status == "boilerplate"] == [
        "Фото: иллюстративное"]


def test_english_clutter():
    text = ("Share\nTweet\nMarch 3, 2024\nPhoto: Reuters\n"
            "The minister resigned on Tuesday after a week of protests.\n"
            "Read more:\nMarkets fall as oil prices climb again\nLocal team wins the cup final\n"
            "© 2024 Example News. All rights reserved.\n")
    assert flagged(text) == ["Share", "Tweet", "March 3, 2024", "Photo: Reuters", "Read more:",
                             "Markets fall as oil prices climb again", "Local team wins the cup final",
                             "© 2024 Example News. All rights reserved."]


def test_link_list_without_a_header():
    lines = []
    for i in range(5):
        lines += [f"Тег{i}", f"Заголовок новости номер {i} без точки в конце строки"]
    text = "Статья начинается здесь. Она идёт дальше.\n" + "\n".join(lines) + "\n"
    assert flagged(text) == lines


def test_headings_inside_an_article_stay():
    text = ("Первый абзац статьи, в нём есть точка.\nПодзаголовок статьи\n"
            "Второй абзац статьи тоже кончается точкой.\n")
    assert flagged(text) == []


def test_repeated_headline_is_clutter_once():
    text = "Заголовок новости дня\nЗаголовок новости дня\nТекст статьи идёт здесь.\n"
    assert flagged(text) == ["Заголовок новости дня"]
    assert guess_title(text) == "Заголовок новости дня"


def test_guess_title(sample_texts):
    assert guess_title(sample_texts[1]).startswith("Партии нужна новая культура взаимоотношений")
    assert guess_title("  • $ 519.61\n-6 °C\n") == ""


def test_menus_breadcrumbs_and_copyright_lines():
    text = ("Home | World | U.S. | Politics | Business\n"
            "Главная › Новости › Политика\n"
            "Новости • Спорт • Погода • Курсы валют\n"
            "Storm leaves 150,000 without power in Maine\n"
            "The storm hit the coast on Tuesday | officials said, and schools closed.\n"
            "Winds reached 75 mph along the coast, according to the U.S. weather service.\n"
            "Copyright 2026 The Associated Press. All rights reserved.\n"
            "Все права защищены. При перепечатке ссылка обязательна.\n")
    assert flagged(text) == ["Home | World | U.S. | Politics | Business", "Главная › Новости › Политика",
                             "Новости • Спорт • Погода • Курсы валют",
                             "Copyright 2026 The Associated Press. All rights reserved.",
                             "Все права защищены. При перепечатке ссылка обязательна."]


def test_a_sentence_with_slashes_or_a_list_in_it_is_not_a_menu():
    text = ("Цены на нефть/газ выросли / снизились / стабилизировались в разных регионах за неделю.\n"
            "Apples | pears | plums were on sale at the market this morning, traders said.\n")
    assert flagged(text) == []
