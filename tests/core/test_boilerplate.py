from pathlib import Path

from reader.core.boilerplate import classify, guess_title
from reader.core.compare import compare
from reader.core.loading import load_path
from reader.core.segment import Span, paragraphs


def flagged(text):
    spans = paragraphs(text)
    return [text[s.start:s.end] for s, f in zip(spans, classify(text, spans)) if f]


def test_scraped_sample_clutter_is_marked_and_the_body_is_not(sample_paths):
    clean, scraped = (load_path(p) for p in sample_paths)
    c = compare(clean, scraped)
    text = scraped.text
    bp = [text[s.start:s.end] for s in c.right.segments if s.status == "boilerplate"]
    title = "Партии нужна новая культура взаимоотношений, основанная на доверии и сотрудничестве - Токаев"
    assert bp.count(title + " - Караван") == 1  # the page title, with the site's name
    assert bp.count(title) == 1  # of the headline printed twice, the second copy
    assert c.right.title == title
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


# --- Clutter v2: whole pages in the layout of Russian and English news sites ---------------

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def page_lines(name):
    """A scraped page, one block per line as a scraper writes it, and which lines are clutter.

    The page is split into lines here rather than by ``paragraphs`` so that the test pins the
    classifier alone: every non-blank line is one paragraph.
    """
    text = (PAGES / name).read_text(encoding="utf-8")
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            spans.append(Span(start, start + len(line.strip())))
        pos += len(line) + 1
    return [text[s.start:s.end] for s in spans], classify(text, spans), text


RU_BODY = [
    "В Новосибирске открыли четвёртый мост через Обь",
    "Мэр Новосибирска Анатолий Локоть открыл четвёртый мост через Обь в пятницу, 16 декабря.",
    "Строительство обошлось в 42,9 млрд рублей и заняло почти четыре года. Мост длиной 1,5 км "
    "соединил Ленинский и Октябрьский районы.",
    "Движение открыто.",
    "«Мы ждали этого моста больше десяти лет», — сказал мэр на церемонии открытия.",
    "Что изменится для водителей",
    "По расчётам мэрии, мост разгрузит Димитровский и Октябрьский мосты на 30%. В часы пик по нему "
    "смогут проезжать до 4 тыс. автомобилей.",
    "— Сколько будет стоить проезд?",
    "— Проезд бесплатный, платных участков нет, — ответили в пресс-службе мэрии.",
    "Первые машины проехали по мосту в 11:00 по местному времени",
    "Проект реализован по соглашению о государственно-частном партнёрстве. Концессионер будет "
    "получать плату от города в течение 30 лет.",
    "«Мы ждали этого моста больше десяти лет», — сказал мэр на церемонии открытия.",
    "Итоги",
    "Жители уже назвали мост «Центральным». Официальное название ему присвоят весной 2023 года.",
]


def test_russian_news_page_clutter_is_marked_and_the_body_is_not():
    lines, flags, text = page_lines("ru_news.txt")
    assert [ln for ln, f in zip(lines, flags) if not f] == RU_BODY
    # the exact clutter lines: the 41 of the header (title, cookie notice, menu, byline, share
    # buttons), the photo credit and "read also" inside the body, the 35 of the footer
    assert [i for i, f in enumerate(flags) if f] == [*range(0, 34), *range(35, 42), 43, 47, *range(57, 91)]
    assert guess_title(text) == "В Новосибирске открыли четвёртый мост через Обь"


EN_BODY = [
    "Fed holds rates steady as inflation cools",
    "WASHINGTON, March 3 (Reuters) - The Federal Reserve held interest rates steady on Wednesday, "
    "citing slower inflation. Its benchmark rate stays in the 5.25%-5.50% range.",
    "\"We are not yet confident that inflation is on a sustainable path to 2%,\" Fed Chair Jerome "
    "Powell told reporters.",
    "Markets rallied.",
    "The S&P 500 rose 1.2% and Treasury yields fell after the decision, which was announced at 2 p.m. ET.",
    "What comes next for borrowers",
    "Economists at Goldman Sachs expect the first cut in June. Others warn that a strong labor market "
    "could delay it.",
    "\"It's a wait-and-see Fed,\" said Mary Smith, chief economist at First Bank. \"Nobody wants to "
    "move too soon.\"",
    "Mortgage rates have eased to about 6.9% from a peak near 8% in October",
    "The Fed will next meet on April 30 and May 1.",
]


def test_english_news_page_clutter_is_marked_and_the_body_is_not():
    lines, flags, text = page_lines("en_news.txt")
    assert [ln for ln, f in zip(lines, flags) if not f] == EN_BODY
    assert [i for i, f in enumerate(flags) if f] == [*range(0, 20), *range(21, 28), 29, *range(38, 62)]
    assert guess_title(text) == "Fed holds rates steady as inflation cools"


def page(*lines):
    """A text of the given lines with a blank line between each two, so that every line is a
    paragraph whatever the segmenter makes of runs of lines."""
    return "\n\n".join(lines) + "\n"


BODY = ("Мэр открыл мост в пятницу, 16 декабря.", "Движение по нему уже запущено.")


def test_title_with_a_site_suffix_is_clutter_when_the_page_prints_the_headline():
    text = page("Токаев призвал партию к обновлению - Токаев - Караван",
                "Токаев призвал партию к обновлению - Токаев",
                "Президент выступил на съезде партии в столице.", "Он предложил сменить название партии.")
    assert flagged(text) == ["Токаев призвал партию к обновлению - Токаев - Караван"]
    assert guess_title(text) == "Токаев призвал партию к обновлению - Токаев"
    text = page("Fed holds rates steady | Reuters", "Fed holds rates steady",
                "The Federal Reserve held rates on Wednesday.", "Markets rallied after the decision.")
    assert flagged(text) == ["Fed holds rates steady | Reuters"]


def test_title_with_a_domain_suffix_is_clutter_and_still_the_title():
    text = page("Мост через Обь открыли раньше срока — sib-novosti.ru", *BODY)
    assert flagged(text) == ["Мост через Обь открыли раньше срока — sib-novosti.ru"]
    assert guess_title(text) == "Мост через Обь открыли раньше срока"


def test_a_dash_inside_a_headline_or_sentence_is_no_site_suffix():
    text = page("Москва - Петербург: поезда пойдут быстрее",
                "Поезда между Москвой и Петербургом пойдут быстрее с марта.",
                "Время в пути сократится на 20 минут - до трёх с половиной часов.")
    assert flagged(text) == []


def test_first_copy_of_a_repeated_clutter_line_is_clutter_too():
    text = page("Караван", "Мост через Обь открыли раньше срока", *BODY, "Караван")
    assert flagged(text) == ["Караван", "Караван"]
    assert guess_title(text) == "Мост через Обь открыли раньше срока"


def test_the_article_title_printed_again_in_a_trending_list_keeps_its_first_copy():
    text = page("Мост через Обь открыли раньше срока", *BODY, "Популярное",
                "Мост через Обь открыли раньше срока", "Синоптики обещают морозы на выходных")
    assert flagged(text) == ["Популярное", "Мост через Обь открыли раньше срока",
                             "Синоптики обещают морозы на выходных"]
    assert guess_title(text) == "Мост через Обь открыли раньше срока"


def test_menu_with_one_item_per_line_is_clutter():
    menu = ["Войти", "Регистрация", "Главная", "Новости", "Спорт", "Политика", "Экономика",
            "Культура"] * 10  # 80 lines in a run, items repeated as in a site's sub-menus
    text = page(*menu, "Мост через Обь открыли раньше срока", *BODY)
    assert flagged(text) == menu
    assert guess_title(text) == "Мост через Обь открыли раньше срока"
    assert flagged(page(*BODY, "Новости", "Спорт", "Погода", "Афиша", "Мнения")) == [
        "Новости", "Спорт", "Погода", "Афиша", "Мнения"]


def test_a_short_title_right_after_a_menu_is_not_a_menu_item():
    text = page("World", "Business", "Markets", "Technology", "Sports", "Fed holds rates",
                "The Federal Reserve held rates on Wednesday.", "Markets rallied after the decision.")
    assert flagged(text) == ["World", "Business", "Markets", "Technology", "Sports"]
    assert guess_title(text) == "Fed holds rates"


def test_subheadings_and_short_lines_inside_the_body_stay():
    text = page("Мэр открыл мост в пятницу, 16 декабря.", "Итоги", "Движение открыто.",
                "В списке подрядчиков:", "ООО «Мостострой»,", "ООО «Сибдорстрой»,", "АО «Трансмост»,",
                "ГК «Автобан»,", "АО «Сибмост»", "Все они получили заказы на 2023 год.",
                "Что изменится для водителей", "Проезд по мосту будет бесплатным.")
    assert flagged(text) == []


def _alone(line):
    """Whether ``line`` is clutter between two article sentences."""
    return flagged(page(BODY[0], line, BODY[1])) == [line]


def test_footer_and_cookie_lines():
    for line in ("Политика в сфере конфиденциальности", "Правила пользования сайтом",
                 "Пользовательское соглашение", "Все права защищены", "18+",
                 "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
                 "We use cookies to improve your experience. By continuing, you agree to our use of cookies.",
                 "Privacy Policy", "Terms of Use", "Cookie Settings", "Accept all cookies",
                 "Мнение редакции может не совпадать с мнением авторов.",
                 "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234 выдано Роскомнадзором.",
                 "*Meta признана экстремистской организацией и запрещена в России."):
        assert _alone(line), line


def test_subscribe_read_also_and_social_lines():
    for line in ("Подписывайтесь на наш Telegram",
                 "Подписывайтесь на наш Telegram-канал, чтобы не пропустить новости.",
                 "Читайте нас в Дзен", "Читайте также: Мэрия рассказала о ремонте дорог",
                 "ВКонтакте", "Telegram", "OK", "Одноклассники", "Поделиться", "Sign up here.",
                 "Reporting by Jane Doe; Editing by Paul Simao", "Link copied", "4 minute read", "3 мин"):
        assert _alone(line), line


def test_bylines_with_a_date_are_clutter_and_without_one_are_not():
    for line in ("Автор: Иван Петров, 12:05, 16 декабря 2022",
                 "By Jane Doe, Reuters · Updated 3:05 PM EST, Mon March 3, 2024",
                 "Updated 3:05 PM EST, Mon March 3, 2024", "Обновлено: пятница, 16 декабря 2022, 12:05"):
        assert _alone(line), line
    assert flagged(page(BODY[0], "By Jane Doe, Staff Writer", BODY[1])) == []


def test_sentences_that_start_like_clutter_stay():
    text = page("Share prices fell sharply on Tuesday.",
                "Реклама табака запрещена в России с 2013 года.",
                "Telegram объявил о запуске новой функции для пользователей.",
                "Политика конфиденциальности WhatsApp изменится с 15 мая.",
                "Используя сайт госуслуг, граждане могут записаться к врачу.",
                "Writing by hand helps children learn to read, a study found.",
                "By Tuesday, the storm had moved on to Canada.")
    assert flagged(text) == []


def test_a_source_line_is_clutter_and_a_headline_starting_with_source_is_not():
    text = ("Источник: РИА Новости\nSource: Reuters\n"
            "Источник: десять стран ЕС против квот на прием нелегальных мигрантов.\n"
            "Источник: Су-24 ЧФ РФ вынудили эсминец США отойти в нейтральные воды.\n")
    assert flagged(text) == ["Источник: РИА Новости", "Source: Reuters"]
