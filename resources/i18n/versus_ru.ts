<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>i18n</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>plural</name>
    <message>
        <source>{n} sentence</source>
        <translation>{n} предложение|{n} предложения|{n} предложений</translation>
    </message>
    <message>
        <source>{n} sentence pair</source>
        <translation>{n} пара предложений|{n} пары предложений|{n} пар предложений</translation>
    </message>
    <message>
        <source>{n} quote</source>
        <translation>{n} цитата|{n} цитаты|{n} цитат</translation>
    </message>
    <message>
        <source>{n} word</source>
        <translation>{n} слово|{n} слова|{n} слов</translation>
    </message>
    <message>
        <source>{n} line</source>
        <translation>{n} строка|{n} строки|{n} строк</translation>
    </message>
    <message>
        <source>{n} version</source>
        <translation>{n} версия|{n} версии|{n} версий</translation>
    </message>
    <message>
        <source>{n} outlet</source>
        <translation>{n} издание|{n} издания|{n} изданий</translation>
    </message>
</context>
<context>
    <name>present</name>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>left version</source>
        <translation>левая версия</translation>
    </message>
    <message>
        <source>right version</source>
        <translation>правая версия</translation>
    </message>
    <message>
        <source>left sentence {number}</source>
        <translation>левая версия, предложение {number}</translation>
    </message>
    <message>
        <source>right sentence {number}</source>
        <translation>правая версия, предложение {number}</translation>
    </message>
    <message>
        <source>no speaker named</source>
        <translation>говорящий не назван</translation>
    </message>
    <message>
        <source>no quotes</source>
        <translation>цитат нет</translation>
    </message>
    <message>
        <source>verbatim</source>
        <translation>дословно</translation>
    </message>
    <message>
        <source>verbatim (many)</source>
        <translation>дословно</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>изменена</translation>
    </message>
    <message>
        <source>altered (many)</source>
        <translation>изменены</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>без источника</translation>
    </message>
    <message>
        <source>no source (many)</source>
        <translation>без источника</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сохранена</translation>
    </message>
    <message>
        <source>kept (many)</source>
        <translation>сохранены</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>пересказана</translation>
    </message>
    <message>
        <source>reported (many)</source>
        <translation>пересказаны</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>убрана</translation>
    </message>
    <message>
        <source>dropped (many)</source>
        <translation>убраны</translation>
    </message>
    <message>
        <source>quoted word for word as in the left version</source>
        <translation>процитировано слово в слово, как в левой версии</translation>
    </message>
    <message>
        <source>words changed against the left version</source>
        <translation>слова изменены по сравнению с левой версией</translation>
    </message>
    <message>
        <source>its words are not in the left version</source>
        <translation>этих слов нет в левой версии</translation>
    </message>
    <message>
        <source>quoted word for word in the right version</source>
        <translation>в правой версии процитировано слово в слово</translation>
    </message>
    <message>
        <source>quoted in the right version with words changed</source>
        <translation>в правой версии процитировано с изменёнными словами</translation>
    </message>
    <message>
        <source>its words are in the right version, but not as a quote</source>
        <translation>эти слова есть в правой версии, но не как цитата</translation>
    </message>
    <message>
        <source>neither quoted nor reported in the right version</source>
        <translation>в правой версии нет ни цитаты, ни пересказа</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Quotes of the left version no longer quoted</source>
        <translation>Цитаты левой версии, которых больше нет в кавычках</translation>
    </message>
    <message>
        <source>No direct quotes found in either version.</source>
        <translation>Прямых цитат нет ни в одной из версий.</translation>
    </message>
    <message>
        <source>{words} cut ({marked} marked as a cut)</source>
        <translation>убрано {words} (из них отмечено многоточием: {marked})</translation>
    </message>
    <message>
        <source>{words} cut</source>
        <translation>убрано {words}</translation>
    </message>
    <message>
        <source>{words} cut, marked as a cut</source>
        <translation>убрано {words}, пропуск отмечен многоточием</translation>
    </message>
    <message>
        <source>{words} added</source>
        <translation>добавлено {words}</translation>
    </message>
    <message>
        <source>attribution changed</source>
        <translation>изменено, кому приписаны слова</translation>
    </message>
    <message>
        <source>joins words that are apart in the left version</source>
        <translation>соединяет слова, которые в левой версии стоят порознь</translation>
    </message>
    <message>
        <source>joins words that are apart in the right version</source>
        <translation>соединяет слова, которые в правой версии стоят порознь</translation>
    </message>
    <message>
        <source>not a quote in the left version</source>
        <translation>в левой версии это не цитата</translation>
    </message>
    <message>
        <source>moved to right sentence {n}</source>
        <translation>перемещено в предложение {n} справа</translation>
    </message>
    <message>
        <source>moved from left sentence {n}</source>
        <translation>перемещено из предложения {n} слева</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>No differences in the article text under these options.</source>
        <translation>При этих настройках в тексте статьи различий нет.</translation>
    </message>
    <message>
        <source>Unified diff of the sentences (one per line):</source>
        <translation>Унифицированный diff предложений (по одному на строку):</translation>
    </message>
    <message>
        <source>  left:  </source>
        <translation>  слева:  </translation>
    </message>
    <message>
        <source>  right: </source>
        <translation>  справа: </translation>
    </message>
    <message>
        <source>similarity {similarity} | unchanged {unchanged}, changed {changed}, removed {removed}, moved {moved} of the left text; added {added} of the right text</source>
        <translation>сходство {similarity} | без изменений {unchanged}, изменено {changed}, удалено {removed}, перемещено {moved} левого текста; добавлено {added} правого текста</translation>
    </message>
    <message>
        <source>sentence pairs: {equal} unchanged, {changed} changed, {moved} moved; {deleted} deleted, {inserted} inserted</source>
        <translation>пары предложений: без изменений {equal}, изменено {changed}, перемещено {moved}; удалено {deleted}, добавлено {inserted}</translation>
    </message>
    <message>
        <source>page clutter (not listed): {left} left, {right} right</source>
        <translation>служебный текст страницы (не показан): слева {left}, справа {right}</translation>
    </message>
    <message>
        <source>match {score}, wording {same}% same</source>
        <translation>совпадение {score}, формулировка совпадает на {same} %</translation>
    </message>
    <message>
        <source>moved, changed</source>
        <translation>перемещено, изменено</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>{what} ({measures}), sentence {left} → {right}</source>
        <translation>{what} ({measures}), предложение {left} → {right}</translation>
    </message>
    <message>
        <source>deleted: left sentence {first}</source>
        <translation>удалено: предложение {first} слева</translation>
    </message>
    <message>
        <source>deleted: left sentences {first}–{last}</source>
        <translation>удалены: предложения {first}–{last} слева</translation>
    </message>
    <message>
        <source>inserted: right sentence {first}</source>
        <translation>добавлено: предложение {first} справа</translation>
    </message>
    <message>
        <source>inserted: right sentences {first}–{last}</source>
        <translation>добавлены: предложения {first}–{last} справа</translation>
    </message>
    <message>
        <source>versus quotes: {left} → {right}</source>
        <translation>versus, цитаты: {left} → {right}</translation>
    </message>
    <message>
        <source>  quote:  </source>
        <translation>  цитата:   </translation>
    </message>
    <message>
        <source>  source: </source>
        <translation>  источник: </translation>
    </message>
    <message>
        <source>  now:    </source>
        <translation>  теперь:   </translation>
    </message>
    <message>
        <source>  words:  </source>
        <translation>  слова:    </translation>
    </message>
    <message>
        <source>none ({why})</source>
        <translation>нет ({why})</translation>
    </message>
    <message>
        <source>unquoted: {text}</source>
        <translation>без кавычек: {text}</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>similar ({left} left, {right} right)</source>
        <translation>сходство (слева {left}, справа {right})</translation>
    </message>
    <message>
        <source>{count} identical</source>
        <translation>без изменений: {count}</translation>
    </message>
    <message>
        <source>{count} reworded</source>
        <translation>переформулировано: {count}</translation>
    </message>
    <message>
        <source>{count} deleted</source>
        <translation>удалено: {count}</translation>
    </message>
    <message>
        <source>{count} inserted</source>
        <translation>добавлено: {count}</translation>
    </message>
    <message>
        <source>{count} moved</source>
        <translation>перемещено: {count}</translation>
    </message>
    <message>
        <source>of the left text</source>
        <translation>левого текста</translation>
    </message>
    <message>
        <source>of the left text (replaced words)</source>
        <translation>левого текста (заменённые слова)</translation>
    </message>
    <message>
        <source>of the right text</source>
        <translation>правого текста</translation>
    </message>
    <message>
        <source>clutter</source>
        <translation>служебный текст</translation>
    </message>
    <message>
        <source>page-clutter sentences folded away ({left} left, {right} right)</source>
        <translation>предложения служебного текста страницы свёрнуты (слева {left}, справа {right})</translation>
    </message>
    <message>
        <source>words only in the left version</source>
        <translation>слова только в левой версии</translation>
    </message>
    <message>
        <source>words only in the right version</source>
        <translation>слова только в правой версии</translation>
    </message>
    <message>
        <source>old</source>
        <translation>старое</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>words replaced</source>
        <translation>слова заменены</translation>
    </message>
    <message>
        <source>words added or removed here in the other version</source>
        <translation>здесь в другой версии добавлены или удалены слова</translation>
    </message>
    <message>
        <source>deleted sentence</source>
        <translation>удалённое предложение</translation>
    </message>
    <message>
        <source>inserted sentence</source>
        <translation>добавленное предложение</translation>
    </message>
    <message>
        <source>moved sentence</source>
        <translation>перемещённое предложение</translation>
    </message>
    <message>
        <source>click ⇄ to jump to the other place</source>
        <translation>нажмите ⇄, чтобы перейти к другому месту</translation>
    </message>
    <message>
        <source>folded page clutter (menus, tickers, credits)</source>
        <translation>свёрнутый служебный текст страницы (меню, бегущие строки, подписи)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>left version</source>
        <translation>левая версия</translation>
    </message>
    <message>
        <source>right version</source>
        <translation>правая версия</translation>
    </message>
    <message>
        <source>show it in the left column</source>
        <translation>показать в левой колонке</translation>
    </message>
    <message>
        <source>show it in the right column</source>
        <translation>показать в правой колонке</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>in the right version</source>
        <translation>в правой версии</translation>
    </message>
    <message>
        <source>unquoted</source>
        <translation>без кавычек</translation>
    </message>
    <message>
        <source>only in the left version</source>
        <translation>только в левой версии</translation>
    </message>
    <message>
        <source>only in the right version</source>
        <translation>только в правой версии</translation>
    </message>
    <message>
        <source>the left version</source>
        <translation>левая версия</translation>
    </message>
    <message>
        <source>the right version</source>
        <translation>правая версия</translation>
    </message>
    <message>
        <source>a new paragraph</source>
        <translation>новый абзац</translation>
    </message>
    <message>
        <source>the quote is interrupted here</source>
        <translation>здесь цитата прерывается</translation>
    </message>
    <message>
        <source>words left out here</source>
        <translation>здесь пропущены слова</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>переформулировано</translation>
    </message>
    <message>
        <source>sentences only in the left version</source>
        <translation>предложения только в левой версии</translation>
    </message>
    <message>
        <source>sentences only in the right version</source>
        <translation>предложения только в правой версии</translation>
    </message>
    <message>
        <source>sentences moved from or to another place</source>
        <translation>предложения, перемещённые из другого места или в другое место</translation>
    </message>
    <message>
        <source>page clutter</source>
        <translation>служебный текст страницы</translation>
    </message>
    <message>
        <source>sentences only in one version, or moved</source>
        <translation>предложения только в одной из версий или перемещённые</translation>
    </message>
    <message>
        <source>Both texts are empty.</source>
        <translation>Оба текста пусты.</translation>
    </message>
    <message>
        <source>{lines} of page clutter</source>
        <translation>служебный текст страницы: {lines}</translation>
    </message>
    <message>
        <source>moved: sentence {n} of the left version</source>
        <translation>перемещено: предложение {n} левой версии</translation>
    </message>
    <message>
        <source>moved: sentence {n} of the right version</source>
        <translation>перемещено: предложение {n} правой версии</translation>
    </message>
    <message>
        <source>moved: see the left version</source>
        <translation>перемещено: см. левую версию</translation>
    </message>
    <message>
        <source>moved: see the right version</source>
        <translation>перемещено: см. правую версию</translation>
    </message>
    <message>
        <source>words added here in the right version</source>
        <translation>здесь в правой версии добавлены слова</translation>
    </message>
    <message>
        <source>words removed here from the left version</source>
        <translation>здесь удалены слова левой версии</translation>
    </message>
    <message>
        <source>Appendix: unified diff of the sentences</source>
        <translation>Приложение: унифицированный diff предложений</translation>
    </message>
    <message>
        <source>One article sentence per line (page clutter left out), in the form of &lt;code&gt;diff -u&lt;/code&gt;: each changed sentence's old wording (−) right above its new one (+), deleted and inserted sentences where they stand, moved ones at both places with a note where the other is, and an unchanged sentence around each change.</source>
        <translation>По одному предложению статьи на строку (служебный текст страницы опущен), в форме &lt;code&gt;diff -u&lt;/code&gt;: старая формулировка каждого изменённого предложения (−) прямо над новой (+), удалённые и добавленные предложения на своих местах, перемещённые — в обоих местах с пометкой, где второе, и по одному неизменному предложению вокруг каждого изменения.</translation>
    </message>
    <message>
        <source>The two sentence streams are identical.</source>
        <translation>Предложения обеих версий совпадают.</translation>
    </message>
    <message>
        <source>default options</source>
        <translation>настройки по умолчанию</translation>
    </message>
    <message>
        <source>options: {list}</source>
        <translation>настройки: {list}</translation>
    </message>
    <message>
        <source>Made with {generator}, {options}.</source>
        <translation>Создано: {generator}, {options}.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>cannot write {path}: no such folder {folder}</source>
        <translation>не удаётся записать {path}: нет папки {folder}</translation>
    </message>
    <message>
        <source>cannot write {path}: a part of its folder path is a file</source>
        <translation>не удаётся записать {path}: часть пути к папке — файл</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: нет такого файла или папки</translation>
    </message>
    <message>
        <source>import interrupted (what was committed stays; run it again to complete it)</source>
        <translation>импорт прерван (сохранённое остаётся; запустите его снова, чтобы завершить)</translation>
    </message>
    <message>
        <source>{shown} of {total} articles</source>
        <translation>показано статей: {shown} из {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} matches</source>
        <translation>показано совпадений: {shown} из {total}</translation>
    </message>
    <message>
        <source>the threshold must be above 0 and at most 1, not {value}</source>
        <translation>порог должен быть больше 0 и не больше 1, а не {value}</translation>
    </message>
    <message>
        <source>group {id}: {size} articles, {sources} outlets  {title}</source>
        <translation>группа {id}: статей — {size}, изданий — {sources}  {title}</translation>
    </message>
    <message>
        <source>{shown} of {total} groups (threshold {threshold})</source>
        <translation>показано групп: {shown} из {total} (порог {threshold})</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Щёлкните правой кнопкой, чтобы выбрать столбцы</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Comparison cancelled: the texts are shown without highlights.</source>
        <translation>Сравнение отменено: тексты показаны без выделений.</translation>
    </message>
    <message>
        <source>Links between the versions</source>
        <translation>Связи между версиями</translation>
    </message>
    <message>
        <source>Ribbons join each sentence of the left version to its counterpart in the right one: grey when the same, amber when reworded, blue when moved; removed and added sentences narrow to a point</source>
        <translation>Ленты соединяют каждое предложение левой версии с соответствующим в правой: серые — без изменений, янтарные — с изменёнными словами, синие — перемещённые; удалённые и добавленные предложения сходятся в точку</translation>
    </message>
    <message>
        <source>Overview of the changes in the left version</source>
        <translation>Обзор изменений в левой версии</translation>
    </message>
    <message>
        <source>Overview of the changes in the right version</source>
        <translation>Обзор изменений в правой версии</translation>
    </message>
    <message>
        <source>Where the changes are in the whole text; click to go there</source>
        <translation>Где находятся изменения во всём тексте; щёлкните, чтобы перейти</translation>
    </message>
    <message>
        <source>Read-only text; changes are coloured: red removed, green added, amber changed, blue moved. Alt+Down goes to the next change</source>
        <translation>Текст только для чтения; изменения выделены цветом: красный — удалено, зелёный — добавлено, янтарный — изменено, синий — перемещено. Alt+Вниз — к следующему изменению</translation>
    </message>
    <message>
        <source>Title of the left version</source>
        <translation>Заголовок левой версии</translation>
    </message>
    <message>
        <source>Title of the right version</source>
        <translation>Заголовок правой версии</translation>
    </message>
    <message>
        <source>Left version</source>
        <translation>Левая версия</translation>
    </message>
    <message>
        <source>Right version</source>
        <translation>Правая версия</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  ·  page clutter folded (%1)</source>
        <translation>  ·  служебный текст страницы свёрнут (%1)</translation>
    </message>
</context>
<context>
    <name>CompareProgress</name>
    <message>
        <source>Comparing the versions…</source>
        <translation>Сравнение версий…</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Ход сравнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop this comparison; the view keeps what it showed</source>
        <translation>Остановить это сравнение; в окне останется то, что было показано</translation>
    </message>
    <message>
        <source>Cancel the comparison</source>
        <translation>Отменить сравнение</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>начало</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>segmenting</source>
        <translation>разбивка на предложения</translation>
    </message>
    <message>
        <source>aligning sentences</source>
        <translation>сопоставление предложений</translation>
    </message>
    <message>
        <source>comparing words</source>
        <translation>сравнение слов</translation>
    </message>
    <message>
        <source>tracing quotes</source>
        <translation>поиск источников цитат</translation>
    </message>
    <message>
        <source>building the result</source>
        <translation>сборка результата</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>preparing the view</source>
        <translation>подготовка отображения</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <source>Comparison cancelled</source>
        <translation>Сравнение отменено</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <source>How similar the versions are, the current change and the colours' legend</source>
        <translation>Насколько похожи версии, текущее изменение и условные обозначения цветов</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Сравнения пока нет</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>изменений: %1</translation>
    </message>
    <message>
        <source>, %1 of the left no longer quoted)</source>
        <translation>, %1 из левой версии больше не цитируются)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Слева: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Справа: %1</translation>
    </message>
    <message>
        <source>Quoted text is underlined; words altered inside a quote are marked in deeper colours than ordinary changes</source>
        <translation>Цитаты подчёркнуты; слова, изменённые внутри цитаты, выделены более насыщенным цветом, чем обычные изменения</translation>
    </message>
    <message>
        <source>Similarity %1%  ·  sentences: %2 changed, %3 moved, %4 added, %5 removed</source>
        <translation>Сходство %1 %  ·  предложения: изменено %2, перемещено %3, добавлено %4, удалено %5</translation>
    </message>
    <message>
        <source>The comparison failed</source>
        <translation>Сравнение не удалось</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>изменение %1 из %2</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>изменений нет</translation>
    </message>
    <message>
        <source>quotes: %1 (%2 altered, %3 without source</source>
        <translation>цитаты: %1 (изменено %2, без источника %3</translation>
    </message>
</context>
<context>
    <name>CorpusModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Не удалось записать %1:
%2</translation>
    </message>
    <message>
        <source>Export comparison as %1</source>
        <translation>Экспорт сравнения в %1</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Веб-страница (*.html *.htm)</translation>
    </message>
    <message>
        <source>Saved the comparison to
%1</source>
        <translation>Сравнение сохранено в
%1</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>&amp;Сравнить с…</translation>
    </message>
    <message>
        <source>Open a folder of texts</source>
        <translation>Открыть папку с текстами</translation>
    </message>
    <message>
        <source>Open texts</source>
        <translation>Открыть тексты</translation>
    </message>
    <message>
        <source>Stopped reading: %1 of %2 files read, %3 added to the list</source>
        <translation>Чтение остановлено: прочитано файлов — %1 из %2, добавлено в список — %3</translation>
    </message>
    <message>
        <source>Texts and web pages (%1);;All files (*)</source>
        <translation>Тексты и веб-страницы (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Use as &amp;left side</source>
        <translation>Показать с&amp;лева</translation>
    </message>
    <message>
        <source>Use as &amp;right side</source>
        <translation>Показать с&amp;права</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Text to find</source>
        <translation>Искомый текст</translation>
    </message>
    <message>
        <source>Finds the text in both versions as you type; Enter goes to the next match, Escape closes the bar</source>
        <translation>Ищет текст в обеих версиях по мере ввода; Enter — к следующему совпадению, Escape закрывает панель</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Найденные совпадения</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>%1 (left %2, right %3)</source>
        <translation>%1 (слева %2, справа %3)</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>найдено: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Find in both versions</source>
        <translation>Поиск в обеих версиях</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Следующее совпадение (%1)</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Предыдущее совпадение (%1)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>No story group to show</source>
        <translation>Нет сюжета для показа</translation>
    </message>
    <message>
        <source>%1; most shared word pairs: %2 and %3, %4; fewest: %5 and %6, %7</source>
        <translation>%1; больше всего общих пар слов: %2 и %3, %4; меньше всего: %5 и %6, %7</translation>
    </message>
    <message>
        <source>Similarity heat map</source>
        <translation>Тепловая карта сходства</translation>
    </message>
    <message>
        <source>Shared word pairs (Jaccard)</source>
        <translation>Общие пары слов (Жаккар)</translation>
    </message>
    <message>
        <source>0%: nothing shared</source>
        <translation>0%: ничего общего</translation>
    </message>
    <message>
        <source>100%: same text</source>
        <translation>100%: тот же текст</translation>
    </message>
    <message>
        <source>the same article: %1</source>
        <translation>та же статья: %1</translation>
    </message>
    <message>
        <source>shared word pairs (Jaccard): %1
click to compare</source>
        <translation>общие пары слов (Жаккар): %1
щёлкните, чтобы сравнить</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <source> — cancelling…</source>
        <translation> — отмена…</translation>
    </message>
    <message>
        <source>%1 articles/s</source>
        <translation>%1 статей/с</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4 s).</source>
        <translation>%1: %2 (%3, %4 с).</translation>
    </message>
    <message>
        <source>%1 article added</source>
        <translation>добавлена %1 статья</translation>
    </message>
    <message>
        <source>%1 articles added</source>
        <translation>добавлено статей: %1</translation>
    </message>
    <message>
        <source>%1 duplicate skipped</source>
        <translation>пропущен %1 дубликат</translation>
    </message>
    <message>
        <source>%1 duplicates skipped</source>
        <translation>пропущено дубликатов: %1</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 ошибка</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>ошибок: %1</translation>
    </message>
    <message>
        <source>%2 of %1 file</source>
        <translation>%2 из %1 файла</translation>
    </message>
    <message>
        <source>%2 of %1 files</source>
        <translation>%2 из %1 файлов</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation>Импорт в библиотеку</translation>
    </message>
    <message>
        <source>Importing %1 into “%2”</source>
        <translation>Импорт %1 в «%2»</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Поиск файлов…</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
    <message>
        <source>The last import into the library</source>
        <translation>Последний импорт в библиотеку</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Статьи (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Импорт папки в библиотеку</translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation>Импорт в библиотеку</translation>
    </message>
    <message>
        <source>The comparison could not be shown</source>
        <translation>Не удалось показать сравнение</translation>
    </message>
    <message>
        <source>The library could not be opened</source>
        <translation>Не удалось открыть библиотеку</translation>
    </message>
    <message>
        <source>article %1: no longer in the library</source>
        <translation>статья %1: её больше нет в библиотеке</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>символов: %1</translation>
    </message>
    <message>
        <source>, story group %1</source>
        <translation>, сюжет %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Поиск: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>%1 articles</source>
        <translation>статей: %1</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>статей: %1 из %2</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 статья</translation>
    </message>
    <message>
        <source>Add a folder of .txt, .md, .html or .zip files to the library</source>
        <translation>Добавить в библиотеку папку с файлами .txt, .md, .html или .zip</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>All story groups (%1)</source>
        <translation>Все сюжеты (%1)</translation>
    </message>
    <message>
        <source>Compare the two selected articles side by side (Ctrl+Return)</source>
        <translation>Сравнить две выбранные статьи рядом (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>Сравнить две выбранные</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>How much text the versions of the story group share, as a heat map</source>
        <translation>Сколько текста у версий сюжета общего — в виде тепловой карты</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Импорт папки в библиотеку</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>No story groups yet</source>
        <translation>Сюжетов пока нет</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск по библиотеке</translation>
    </message>
    <message>
        <source>Search titles and texts — words, &quot;a phrase&quot;, -word, a OR b</source>
        <translation>Поиск по заголовкам и текстам — слова, &quot;фраза&quot;, -слово, а OR б</translation>
    </message>
    <message>
        <source>Show its story group</source>
        <translation>Показать её сюжет</translation>
    </message>
    <message>
        <source>Show one collection</source>
        <translation>Показать одну коллекцию</translation>
    </message>
    <message>
        <source>Show one story group: articles that are versions of one report</source>
        <translation>Показать один сюжет: статьи, которые являются версиями одного сообщения</translation>
    </message>
    <message>
        <source>Similarity matrix of its story group…</source>
        <translation>Матрица сходства её сюжета…</translation>
    </message>
    <message>
        <source>Similarity matrix…</source>
        <translation>Матрица сходства…</translation>
    </message>
    <message>
        <source>Story group %1</source>
        <translation>Сюжет %1</translation>
    </message>
    <message>
        <source>The library is empty. Drop files, folders or zip archives here, or choose File ▸ Import into Library… (Ctrl+I)</source>
        <translation>Библиотека пуста. Перетащите сюда файлы, папки или zip-архивы или выберите Файл ▸ Импорт в библиотеку… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Words, "a phrase", -word to leave out, a OR b; the table shows the matching articles</source>
        <translation>Слова, «фраза» в кавычках, -слово, чтобы исключить, a OR b; в таблице — найденные статьи</translation>
    </message>
    <message>
        <source>Story group</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <source>Show the versions of one report, or all articles</source>
        <translation>Показать версии одного сообщения или все статьи</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Коллекция</translation>
    </message>
    <message>
        <source>Show the articles of one collection</source>
        <translation>Показать статьи одной коллекции</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Статьи библиотеки</translation>
    </message>
    <message>
        <source>Title, outlet, date, length and story group of each article; select two and press Ctrl+Return to compare them, Return opens one</source>
        <translation>Заголовок, издание, дата, длина и сюжет каждой статьи; выделите две и нажмите Ctrl+Return, чтобы сравнить их, Return открывает одну</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Состояние библиотеки</translation>
    </message>
    <message>
        <source>How many articles are shown</source>
        <translation>Сколько статей показано</translation>
    </message>
    <message>
        <source>Similarity matrix</source>
        <translation>Матрица сходства</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The library is empty</source>
        <translation>Библиотека пуста</translation>
    </message>
</context>
<context>
    <name>LibraryTab</name>
    <message>
        <source>Opening the library…</source>
        <translation>Открытие библиотеки…</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>Не удалось открыть библиотеку.</translation>
    </message>
    <message>
        <source>The library opens when this tab is shown.</source>
        <translation>Библиотека откроется, когда будет показана эта вкладка.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>no folder for the library (%1)</source>
        <translation>нет папки для библиотеки (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings could not be read</source>
        <translation>Не удалось прочитать настройки</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Some files could not be opened</source>
        <translation>Некоторые файлы не удалось открыть</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
</context>
<context>
    <name>OpenTextsPanel</name>
    <message>
        <source>Filter open texts</source>
        <translation>Фильтр открытых текстов</translation>
    </message>
    <message>
        <source>Shows only the texts whose title, file or date contains what you type</source>
        <translation>Показывает только тексты, в заголовке, имени файла или дате которых есть введённое</translation>
    </message>
    <message>
        <source>Open texts</source>
        <translation>Открытые тексты</translation>
    </message>
    <message>
        <source>Select two texts to compare them; the first one picked goes left</source>
        <translation>Выберите два текста, чтобы сравнить их; выбранный первым будет слева</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Чтение файлов</translation>
    </message>
    <message>
        <source>Stop reading files</source>
        <translation>Остановить чтение файлов</translation>
    </message>
    <message>
        <source> — stopping…</source>
        <translation> — остановка…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Filter by title, file, date…</source>
        <translation>Фильтр по заголовку, файлу, дате…</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Поиск файлов…</translation>
    </message>
    <message>
        <source>Reading %1 of %2 files</source>
        <translation>Чтение файлов: %1 из %2</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <source>Select two texts to compare them (the first one picked goes left), or right-click one: Compare with…</source>
        <translation>Выберите два текста, чтобы сравнить их (выбранный первым будет слева), или щёлкните текст правой кнопкой: «Сравнить с…»</translation>
    </message>
    <message>
        <source>Stop reading; the files read so far stay in the list</source>
        <translation>Остановить чтение; уже прочитанные файлы останутся в списке</translation>
    </message>
</context>
<context>
    <name>OptionSpec</name>
    <message>
        <source>Ignore &amp;case</source>
        <translation>Не учитывать &amp;регистр</translation>
    </message>
    <message>
        <source>Upper and lower case count as the same (Cyrillic too)</source>
        <translation>Прописные и строчные буквы считаются одинаковыми (и в кириллице)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>регистр</translation>
    </message>
    <message>
        <source>Ignore kind of &amp;quotes</source>
        <translation>Не различать &amp;кавычки</translation>
    </message>
    <message>
        <source>« » “ ” „ &quot; ' all count as the same quote</source>
        <translation>« » “ ” „ &quot; ' считаются одной и той же кавычкой</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>кавычки</translation>
    </message>
    <message>
        <source>Ignore kind of &amp;dashes</source>
        <translation>Не различать &amp;тире</translation>
    </message>
    <message>
        <source>— – − - all count as the same dash</source>
        <translation>— – − - считаются одним и тем же тире</translation>
    </message>
    <message>
        <source>dashes</source>
        <translation>тире</translation>
    </message>
    <message>
        <source>Ignore ё/&amp;е</source>
        <translation>Не различать ё/&amp;е</translation>
    </message>
    <message>
        <source>ё counts as е</source>
        <translation>ё считается буквой е</translation>
    </message>
    <message>
        <source>ё/е</source>
        <translation>ё/е</translation>
    </message>
    <message>
        <source>Ignore &amp;spacing</source>
        <translation>Не учитывать &amp;пробелы</translation>
    </message>
    <message>
        <source>No-break spaces, runs of spaces and soft hyphens are ignored</source>
        <translation>Неразрывные пробелы, повторы пробелов и мягкие переносы не учитываются</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>пробелы</translation>
    </message>
    <message>
        <source>Ignore &amp;punctuation</source>
        <translation>Не учитывать п&amp;унктуацию</translation>
    </message>
    <message>
        <source>Punctuation is left out of the comparison</source>
        <translation>Знаки препинания не участвуют в сравнении</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>пунктуацию</translation>
    </message>
    <message>
        <source>Detect &amp;clutter</source>
        <translation>Распознавать служебный &amp;текст</translation>
    </message>
    <message>
        <source>Recognise page clutter (menus, tickers, credits) and keep it out of the comparison</source>
        <translation>Распознавать служебный текст страницы (меню, бегущие строки, подписи) и не включать его в сравнение</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>распознавать</translation>
    </message>
    <message>
        <source>Match &amp;threshold</source>
        <translation>&amp;Порог совпадения</translation>
    </message>
    <message>
        <source>The least match score (0..1) for two sentences to be paired</source>
        <translation>Наименьшая оценка совпадения (0..1), при которой два предложения образуют пару</translation>
    </message>
    <message>
        <source>Largest &amp;file</source>
        <translation>Наибольший &amp;файл</translation>
    </message>
    <message>
        <source>Larger files are refused</source>
        <translation>Файлы большего размера не открываются</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <source>Where the changes are. Click to go there.</source>
        <translation>Где находятся изменения. Щёлкните, чтобы перейти.</translation>
    </message>
</context>
<context>
    <name>QuotesController</name>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
</context>
<context>
    <name>QuotesList</name>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Quotes in the two versions</source>
        <translation>Цитаты в двух версиях</translation>
    </message>
    <message>
        <source>Each quote of the right version with its verdict, speaker, verb and the words changed, then the left version's quotes no longer quoted; choose one to show it and its source in the panes</source>
        <translation>Каждая цитата правой версии с вердиктом, говорящим, глаголом и изменёнными словами, затем цитаты левой версии, которые больше не цитируются; выберите цитату, чтобы показать её и источник в панелях</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Кто сказал</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Глагол</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Words changed</source>
        <translation>Изменённые слова</translation>
    </message>
    <message>
        <source>Compare two texts to list their quotes.</source>
        <translation>Сравните два текста, чтобы увидеть список их цитат.</translation>
    </message>
    <message>
        <source>No direct quotes found in either version.</source>
        <translation>Прямых цитат нет ни в одной из версий.</translation>
    </message>
    <message>
        <source>Quotes of the left version no longer quoted</source>
        <translation>Цитаты левой версии, которые больше не цитируются</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Right version: %1</source>
        <translation>Правая версия: %1</translation>
    </message>
    <message>
        <source>Source (%1, %2): «%3»</source>
        <translation>Источник (%1, %2): «%3»</translation>
    </message>
    <message>
        <source>Words changed: %1</source>
        <translation>Изменённые слова: %1</translation>
    </message>
    <message>
        <source>not quoted</source>
        <translation>не в кавычках</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>в кавычках</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The settings could not be saved</source>
        <translation>Не удалось сохранить настройки</translation>
    </message>
</context>
<context>
    <name>SideTabs</name>
    <message>
        <source>Side panel</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>Open texts and the Library; F9 hides or shows it</source>
        <translation>Открытые тексты и библиотека; F9 скрывает или показывает панель</translation>
    </message>
    <message>
        <source>Side panel tabs</source>
        <translation>Вкладки боковой панели</translation>
    </message>
    <message>
        <source>Open texts (Alt+1) or the Library (Alt+2)</source>
        <translation>Открытые тексты (Alt+1) или библиотека (Alt+2)</translation>
    </message>
    <message>
        <source>Files you opened or dropped here (Alt+1)</source>
        <translation>Файлы, которые вы открыли или перетащили сюда (Alt+1)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Open texts</source>
        <translation>Открытые тексты</translation>
    </message>
    <message>
        <source>The corpus library: search, story groups, similarity (Alt+2)</source>
        <translation>Библиотека корпуса: поиск, сюжеты, сходство (Alt+2)</translation>
    </message>
</context>
<context>
    <name>SimilarityDialog</name>
    <message>
        <source>Story group %1: shared word pairs (Jaccard) of %2</source>
        <translation>Сюжет %1: общие пары слов (Жаккар), %2</translation>
    </message>
    <message>
        <source>Each cell: the share of word pairs two versions have in common (Jaccard), in percent. The comparison's similarity in the status bar measures aligned text, so its number for the same pair differs. Click a cell to compare the two versions side by side.</source>
        <translation>В каждой ячейке — доля общих пар слов двух версий (коэффициент Жаккара) в процентах. Сходство в строке состояния сравнения измеряет выровненный текст, поэтому для той же пары его число другое. Щёлкните ячейку, чтобы сравнить две версии рядом.</translation>
    </message>
    <message>
        <source>About the heat map</source>
        <translation>О тепловой карте</translation>
    </message>
    <message>
        <source>Close the heat map</source>
        <translation>Закрыть тепловую карту</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Comparison options</source>
        <translation>Параметры сравнения</translation>
    </message>
    <message>
        <source>Comparison toolbar</source>
        <translation>Панель инструментов сравнения</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;О программе %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every command that has a key</source>
        <translation>Все команды, у которых есть сочетание клавиш</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Import into Library…</source>
        <translation>&amp;Импорт в библиотеку…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Следующее изменение</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>П&amp;араметры</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Предыдущее изменение</translation>
    </message>
    <message>
        <source>&amp;First Change</source>
        <translation>Пе&amp;рвое изменение</translation>
    </message>
    <message>
        <source>Go to the first change (Alt+Home)</source>
        <translation>Перейти к первому изменению (Alt+Home)</translation>
    </message>
    <message>
        <source>L&amp;ast Change</source>
        <translation>Пос&amp;леднее изменение</translation>
    </message>
    <message>
        <source>Go to the last change (Alt+End)</source>
        <translation>Перейти к последнему изменению (Alt+End)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Quotes List</source>
        <translation>Список &amp;цитат</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Боковая панель</translation>
    </message>
    <message>
        <source>Show or hide Open texts and the Library beside the comparison (F9)</source>
        <translation>Показать или скрыть открытые тексты и библиотеку рядом со сравнением (F9)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Цитаты</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Исходный масштаб</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>П&amp;оменять стороны</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Тем&amp;а</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системная</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Add .txt, .md, .html or .zip files to the library</source>
        <translation>Добавить в библиотеку файлы .txt, .md, .html или .zip</translation>
    </message>
    <message>
        <source>Add every .txt, .md and .text file in a folder and its subfolders</source>
        <translation>Добавить все файлы .txt, .md и .text из папки и её подпапок</translation>
    </message>
    <message>
        <source>Add every article in a folder and its subfolders to the library</source>
        <translation>Добавить в библиотеку все статьи из папки и её подпапок</translation>
    </message>
    <message>
        <source>Add text files to the list</source>
        <translation>Добавить текстовые файлы в список</translation>
    </message>
    <message>
        <source>Compare versions of a news report, sentence by sentence and word by word.</source>
        <translation>Сравнение версий новостного сообщения — по предложениям и по словам.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Export Comparison as &amp;HTML…</source>
        <translation>Экспорт сравнения в &amp;HTML…</translation>
    </message>
    <message>
        <source>Export Comparison as &amp;JSON…</source>
        <translation>Экспорт сравнения в &amp;JSON…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти п&amp;редыдущее</translation>
    </message>
    <message>
        <source>Find in both versions, or search the library when it is in use</source>
        <translation>Поиск в обеих версиях или, когда открыта библиотека, поиск по ней</translation>
    </message>
    <message>
        <source>Go to the next change (Alt+Down)</source>
        <translation>Перейти к следующему изменению (Alt+Down)</translation>
    </message>
    <message>
        <source>Go to the previous change (Alt+Up)</source>
        <translation>Перейти к предыдущему изменению (Alt+Up)</translation>
    </message>
    <message>
        <source>Ignore:</source>
        <translation>Не различать:</translation>
    </message>
    <message>
        <source>Import F&amp;older into Library…</source>
        <translation>Импорт п&amp;апки в библиотеку…</translation>
    </message>
    <message>
        <source>Last Import &amp;Report…</source>
        <translation>Отчёт о последнем и&amp;мпорте…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>Open &amp;Texts</source>
        <translation>Открытые &amp;тексты</translation>
    </message>
    <message>
        <source>Put the right version on the left</source>
        <translation>Поместить правую версию слева</translation>
    </message>
    <message>
        <source>Removed words are red, added words green, changed words amber and underlined; sentences that moved are blue. Quoted text is underlined in violet, and words altered inside a quote are marked in deeper colours.</source>
        <translation>Удалённые слова — красные, добавленные — зелёные, изменённые — янтарные и подчёркнутые; перемещённые предложения — синие. Цитаты подчёркнуты фиолетовым, а слова, изменённые внутри цитаты, выделены более насыщенным цветом.</translation>
    </message>
    <message>
        <source>Save a self-contained page, the same as `versus compare A B -o out.html`</source>
        <translation>Сохранить самодостаточную страницу, как `versus compare A B -o out.html`</translation>
    </message>
    <message>
        <source>Save the whole comparison as JSON</source>
        <translation>Сохранить всё сравнение в JSON</translation>
    </message>
    <message>
        <source>Show &amp;Clutter</source>
        <translation>Показывать служебный &amp;текст</translation>
    </message>
    <message>
        <source>show</source>
        <translation>показывать</translation>
    </message>
    <message>
        <source>Clutter:</source>
        <translation>Служебный текст:</translation>
    </message>
    <message>
        <source>Show page clutter (dimmed) instead of folding it away</source>
        <translation>Показывать служебный текст страницы (приглушённо), а не сворачивать его</translation>
    </message>
    <message>
        <source>Show the Quotes list and go to it</source>
        <translation>Показать список цитат и перейти к нему</translation>
    </message>
    <message>
        <source>Show the corpus library</source>
        <translation>Показать библиотеку корпуса</translation>
    </message>
    <message>
        <source>Show the opened files</source>
        <translation>Показать открытые файлы</translation>
    </message>
    <message>
        <source>The interface will be in %1 from the next start</source>
        <translation>Язык интерфейса (%1) сменится при следующем запуске</translation>
    </message>
    <message>
        <source>The quotes of the shown pair, and what became of them (Alt+3 goes there)</source>
        <translation>Цитаты показанной пары и что с ними стало (Alt+3 — перейти к ним)</translation>
    </message>
    <message>
        <source>What the last import added, skipped and could not read</source>
        <translation>Что последний импорт добавил, пропустил и не смог прочитать</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Предыдущее</translation>
    </message>
</context>
<context>
    <name>DropTargets</name>
    <message>
        <source>Drop to import into the library</source>
        <translation>Отпустите, чтобы импортировать в библиотеку</translation>
    </message>
    <message>
        <source>Drop to compare these two (the first on the left)</source>
        <translation>Отпустите, чтобы сравнить эти два текста (первый — слева)</translation>
    </message>
    <message>
        <source>Drop to show %1 on the left, in place of the left side</source>
        <translation>Отпустите, чтобы показать %1 слева вместо левой версии</translation>
    </message>
    <message>
        <source>Drop to show %1 on the right, in place of the right side</source>
        <translation>Отпустите, чтобы показать %1 справа вместо правой версии</translation>
    </message>
    <message>
        <source>Drop to add to Open texts</source>
        <translation>Отпустите, чтобы добавить в открытые тексты</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every command that has a key, with its key and its menu</source>
        <translation>Все команды, у которых есть сочетание клавиш, с клавишами и меню</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(нет в меню)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Font of the texts</source>
        <translation>Шрифт текстов</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Шрифт:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Size of the texts, in points</source>
        <translation>Размер текстов в пунктах</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The interface is built in the language chosen at the next start</source>
        <translation>Интерфейс будет на выбранном языке со следующего запуска</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Font, match threshold, default options, theme and language</source>
        <translation>Шрифт, порог совпадения, параметры по умолчанию, тема и язык</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1 similar</source>
        <translation>Сходство %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Could not start printing</source>
        <translation>Не удалось начать печать</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Нет такой папки</translation>
    </message>
    <message>
        <source>Print Comparison</source>
        <translation>Печать сравнения</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Экспорт сравнения в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Не удалось записать %1:
%2</translation>
    </message>
    <message>
        <source>Saved the comparison to %1</source>
        <translation>Сравнение сохранено в %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print both versions side by side</source>
        <translation>Напечатать обе версии рядом</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>See the pages as they will print</source>
        <translation>Посмотреть страницы такими, какими они будут напечатаны</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the printed pages as a PDF file</source>
        <translation>Сохранить страницы для печати в файл PDF</translation>
    </message>
</context>
<context>
    <name>ClipboardCompare</name>
    <message>
        <source>The clipboard holds no text to compare</source>
        <translation>В буфере обмена нет текста для сравнения</translation>
    </message>
    <message>
        <source>Open a text first: the clipboard is compared with the left version</source>
        <translation>Сначала откройте текст: буфер обмена сравнивается с левой версией</translation>
    </message>
    <message>
        <source>Clipboard %1</source>
        <translation>Буфер обмена %1</translation>
    </message>
    <message>
        <source>The clipboard holds the same text as the left version</source>
        <translation>В буфере обмена тот же текст, что и в левой версии</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Compare C&amp;lipboard with Left Side</source>
        <translation>Сравнить &amp;буфер обмена с левой версией</translation>
    </message>
    <message>
        <source>Add the clipboard's text to Open texts and compare it with the left version</source>
        <translation>Добавить текст из буфера обмена в открытые тексты и сравнить его с левой версией</translation>
    </message>
</context>
<context>
    <name>ChangesList</name>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Words changed</source>
        <translation>Изменённые слова</translation>
    </message>
    <message>
        <source>Compare two texts to list their changes.</source>
        <translation>Сравните два текста, чтобы увидеть список изменений.</translation>
    </message>
    <message>
        <source>The versions have no differences.</source>
        <translation>Версии ничем не отличаются.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation>Изменения между двумя версиями</translation>
    </message>
    <message>
        <source>Each change in reading order with its kind, the sentence numbers in the left and right versions and the words changed; choose one to go to it in both panes</source>
        <translation>Каждое изменение по порядку чтения: его вид, номера предложений в левой и правой версиях и изменённые слова; выберите изменение, чтобы перейти к нему в обеих панелях</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>ChangesController</name>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Lists under the comparison</source>
        <translation>Списки под сравнением</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>C&amp;hanges List</source>
        <translation>Список и&amp;зменений</translation>
    </message>
    <message>
        <source>Every change of the shown pair, in order; choose one to go to it (Alt+4)</source>
        <translation>Все изменения показанной пары по порядку; выберите одно, чтобы перейти к нему (Alt+4)</translation>
    </message>
</context>
<context>
    <name>RecentPairs</name>
    <message>
        <source>the file is no longer there</source>
        <translation>файла больше нет</translation>
    </message>
    <message>
        <source>A recent pair could not be opened</source>
        <translation>Недавнюю пару не удалось открыть</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Recent P&amp;airs</source>
        <translation>Н&amp;едавние пары</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Inline View</source>
        <translation>Исправления &amp;в тексте</translation>
    </message>
    <message>
        <source>One column: the newer version with removed words struck through in place (Ctrl+Alt+I); off for side by side</source>
        <translation>Одна колонка: новая версия, удалённые слова зачёркнуты на своих местах (Ctrl+Alt+I); выключите, чтобы вернуть две колонки</translation>
    </message>
</context>
<context>
    <name>InlineView</name>
    <message>
        <source>Inline view</source>
        <translation>Исправления в тексте</translation>
    </message>
    <message>
        <source>The newer version with the changes in place: removed words struck through in red, added words in green, moved sentences in blue</source>
        <translation>Новая версия с изменениями на своих местах: удалённые слова зачёркнуты красным, добавленные выделены зелёным, перенесённые предложения — синим</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>двоичные данные, а не текст</translation>
    </message>
    <message>
        <source>broken {label} text after its byte-order mark ({detail})</source>
        <translation>испорченный текст {label} после метки порядка байтов ({detail})</translation>
    </message>
    <message>
        <source>cannot parse the HTML ({kind})</source>
        <translation>не удалось разобрать HTML ({kind})</translation>
    </message>
    <message>
        <source>encrypted archive member</source>
        <translation>зашифрованный файл в архиве</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>no article text found in the HTML</source>
        <translation>в HTML не найден текст статьи</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>no such file (or a broken link)</source>
        <translation>нет такого файла (или ссылка битая)</translation>
    </message>
    <message>
        <source>no such member in the archive</source>
        <translation>в архиве нет такого файла</translation>
    </message>
    <message>
        <source>not a regular file (it would block)</source>
        <translation>не обычный файл (чтение зависло бы)</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe)</source>
        <translation>не обычный файл (именованный канал)</translation>
    </message>
    <message>
        <source>not a regular file (a character device)</source>
        <translation>не обычный файл (символьное устройство)</translation>
    </message>
    <message>
        <source>not a regular file (a block device)</source>
        <translation>не обычный файл (блочное устройство)</translation>
    </message>
    <message>
        <source>not a regular file (a socket)</source>
        <translation>не обычный файл (сокет)</translation>
    </message>
    <message>
        <source>not a regular file (a special file)</source>
        <translation>не обычный файл (особый файл)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <source>the archive's texts pass the limit of {limit} read from one archive</source>
        <translation>тексты архива превышают предел в {limit} на один архив</translation>
    </message>
    <message>
        <source>the file has no text (only white space)</source>
        <translation>в файле нет текста (одни пробелы)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the page is too complex to extract (an element with {attributes:,} attributes; the limit is {limit:,})</source>
        <translation>страница слишком сложна для извлечения текста (атрибутов у элемента: {attributes:,}; предел — {limit:,})</translation>
    </message>
    <message>
        <source>the page is too complex to extract ({tags:,} tags; the limit is {limit:,})</source>
        <translation>страница слишком сложна для извлечения текста (тегов: {tags:,}; предел — {limit:,})</translation>
    </message>
    <message>
        <source>too large ({size}; the limit is {limit})</source>
        <translation>слишком большой ({size}; предел — {limit})</translation>
    </message>
    <message>
        <source>too large (more than {limit}; the limit is {limit})</source>
        <translation>слишком большой (больше {limit}; предел — {limit})</translation>
    </message>
    <message>
        <source>unknown text encoding</source>
        <translation>неизвестная кодировка текста</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>the folder holds no {kinds} files</source>
        <translation>в папке нет файлов {kinds}</translation>
    </message>
    <message>
        <source>not a readable zip archive ({detail})</source>
        <translation>zip-архив не читается ({detail})</translation>
    </message>
    <message>
        <source>unsupported file type {suffix!r} (use {kinds})</source>
        <translation>неподдерживаемый тип файла {suffix!r} (подходят {kinds})</translation>
    </message>
    <message>
        <source>standard input can be read only once</source>
        <translation>стандартный ввод можно прочитать только один раз</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>a collection needs a name</source>
        <translation>у коллекции должно быть имя</translation>
    </message>
    <message>
        <source>no collection called {name!r}</source>
        <translation>нет коллекции {name!r}</translation>
    </message>
    <message>
        <source>no library at {path} (import files to create one)</source>
        <translation>нет библиотеки {path} (импортируйте файлы, чтобы создать её)</translation>
    </message>
    <message>
        <source>{path}: the library is busy: another import is running; try again when it ends</source>
        <translation>{path}: библиотека занята: идёт другой импорт; попробуйте снова, когда он закончится</translation>
    </message>
    <message>
        <source>{path}: a folder, not a Versus library</source>
        <translation>{path}: это папка, а не библиотека Versus</translation>
    </message>
    <message>
        <source>{path}: an SQLite database that is not a Versus library</source>
        <translation>{path}: база данных SQLite, но не библиотека Versus</translation>
    </message>
    <message>
        <source>{path}: an empty SQLite database that is not a Versus library</source>
        <translation>{path}: пустая база данных SQLite, а не библиотека Versus</translation>
    </message>
    <message>
        <source>{path}: an empty file, not a Versus library</source>
        <translation>{path}: пустой файл, а не библиотека Versus</translation>
    </message>
    <message>
        <source>{path}: cannot create the library ({detail})</source>
        <translation>{path}: не удалось создать библиотеку ({detail})</translation>
    </message>
    <message>
        <source>{path}: cannot read the library ({detail})</source>
        <translation>{path}: не удалось прочитать библиотеку ({detail})</translation>
    </message>
    <message>
        <source>{path}: cannot use the library ({detail})</source>
        <translation>{path}: не удалось работать с библиотекой ({detail})</translation>
    </message>
    <message>
        <source>{path}: cannot use write-ahead logging (journal mode {mode})</source>
        <translation>{path}: не удалось включить журнал упреждающей записи (режим журнала {mode})</translation>
    </message>
    <message>
        <source>{path}: made by a newer Versus (schema {version}; this one knows up to {known})</source>
        <translation>{path}: создана более новой версией Versus (схема {version}; эта версия знает схемы до {known})</translation>
    </message>
    <message>
        <source>{path}: not a Versus library (names that are not UTF-8)</source>
        <translation>{path}: не библиотека Versus (имена не в UTF-8)</translation>
    </message>
    <message>
        <source>{path}: not a Versus library (not an SQLite database)</source>
        <translation>{path}: не библиотека Versus (не база данных SQLite)</translation>
    </message>
    <message>
        <source>{path}: not a Versus library (schema {version} without the table {table!r})</source>
        <translation>{path}: не библиотека Versus (схема {version} без таблицы {table!r})</translation>
    </message>
    <message>
        <source>{path}: not a Versus library ({detail})</source>
        <translation>{path}: не библиотека Versus ({detail})</translation>
    </message>
    <message>
        <source>{path}: not a regular file, not a Versus library</source>
        <translation>{path}: не обычный файл и не библиотека Versus</translation>
    </message>
    <message>
        <source>{path}: the disk is full ({detail})</source>
        <translation>{path}: диск заполнен ({detail})</translation>
    </message>
    <message>
        <source>{path}: the library is damaged (a text that is not UTF-8)</source>
        <translation>{path}: библиотека повреждена (текст не в UTF-8)</translation>
    </message>
    <message>
        <source>{path}: the library is damaged ({detail})</source>
        <translation>{path}: библиотека повреждена ({detail})</translation>
    </message>
    <message>
        <source>{path}: the library is read-only (cannot change it)</source>
        <translation>{path}: библиотека только для чтения (её нельзя изменить)</translation>
    </message>
    <message>
        <source>{path}: the library is read-only (cannot import into it)</source>
        <translation>{path}: библиотека только для чтения (в неё нельзя импортировать)</translation>
    </message>
    <message>
        <source>{path}: the library is read-only ({detail})</source>
        <translation>{path}: библиотека только для чтения ({detail})</translation>
    </message>
    <message>
        <source>{path}: the library is read-only and cannot be read (its folder is read-only too: {detail})</source>
        <translation>{path}: библиотека только для чтения, и её нельзя прочитать (её папка тоже только для чтения: {detail})</translation>
    </message>
</context>
<context>
    <name>plural</name>
    <message>
        <source>{n} byte</source>
        <translation>{n} байт|{n} байта|{n} байт</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>Compare versions of a news report sentence by sentence and word by word. Without a command, `versus [FILE...]` opens the desktop reader.</source>
        <translation>Сравнение версий новостного сообщения по предложениям и по словам. Без команды `versus [ФАЙЛ...]` открывает настольное приложение.</translation>
    </message>
    <message>
        <source>options of the desktop reader (versus [OPTIONS] [FILE...])</source>
        <translation>параметры настольного приложения (versus [ПАРАМЕТРЫ] [ФАЙЛ...])</translation>
    </message>
    <message>
        <source>keep settings and the session here instead of the user's config folder</source>
        <translation>хранить настройки и сеанс здесь, а не в папке настроек пользователя</translation>
    </message>
    <message>
        <source>the corpus library to show in the Library tab (default: library.sqlite3 in the user data folder, as for `versus import`)</source>
        <translation>библиотека текстов для вкладки «Библиотека» (по умолчанию library.sqlite3 в папке данных пользователя, как для `versus import`)</translation>
    </message>
    <message>
        <source>colour theme (default: the last one chosen, else the system's)</source>
        <translation>цветовая тема (по умолчанию последняя выбранная, иначе системная)</translation>
    </message>
    <message>
        <source>report diagnostics (DEBUG and up) on stderr and in the log file (versus.log in the user log folder), not only warnings and errors</source>
        <translation>сообщать диагностику (DEBUG и выше) в stderr и в файл журнала (versus.log в папке журналов пользователя), а не только предупреждения и ошибки</translation>
    </message>
    <message>
        <source>examples:
  versus old.txt new.txt                           open the pair in the desktop reader
  versus compare old.txt new.txt                   summary of the changes in the terminal
  versus compare old.txt new.txt -o diff.html      a self-contained page for a browser
  versus compare old.txt new.txt --format json     JSON, schema in docs/json-schema.md
  versus quotes old.txt new.txt                    the newer version's quotes: verbatim, altered, no source

`versus COMMAND --help` explains each command and its options.
</source>
        <translation>примеры:
  versus old.txt new.txt                           открыть пару в настольном приложении
  versus compare old.txt new.txt                   сводка изменений в терминале
  versus compare old.txt new.txt -o diff.html      самодостаточная страница для браузера
  versus compare old.txt new.txt --format json     JSON, схема в docs/json-schema.md
  versus quotes old.txt new.txt                    цитаты новой версии: дословные, изменённые, без источника

`versus КОМАНДА --help` описывает команду и её параметры.
</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
        <source>language of the messages and of the HTML page's and the summary's words (default: VERSUS_LANG, else the locale; JSON is always English)</source>
        <translation>язык сообщений и слов HTML-страницы и сводки (по умолчанию VERSUS_LANG, иначе локаль; JSON всегда на английском)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>команды</translation>
    </message>
    <message>
        <source>compare two versions: an HTML page, JSON or a text summary</source>
        <translation>сравнить две версии: HTML-страница, JSON или текстовая сводка</translation>
    </message>
    <message>
        <source>Compare two versions of a text sentence by sentence and word by word. Sentences are paired even when they moved; page clutter is folded away.</source>
        <translation>Сравнение двух версий текста по предложениям и по словам. Предложения сопоставляются, даже если они переместились; мусор страницы сворачивается.</translation>
    </message>
    <message>
        <source>output formats:
  html   one self-contained page (no external requests): both versions side by side,
         word-level highlights, moved sentences linked, statistics; --unified adds an
         appendix: each changed sentence's old wording (-) above its new one (+), moved
         sentences marked at both places, one unchanged sentence of context
  json   the whole comparison with stable keys, schema "{schema}", documented in
         {doc}; offsets are Unicode code points (Python str indices)
  text   a readable summary of the changed sentences: removed words [-like this-],
         added words {{+like this+}}; coloured on a terminal (see --color, NO_COLOR)

  Without --format the format follows the -o file's suffix (.html, .json, .txt; others
  give html); without -o it is text. Without -o, html and json go to standard output.
  --lang ru (or a Russian locale) writes the page's and the summary's words in Russian;
  JSON keys and values stay English (they are a schema).

exit status:
  0 compared (whether or not the texts differ), 2 bad input (missing, empty, binary or
  too large file, unknown encoding, bad option, an -o folder that does not exist: -o never
  creates folders) with a one-line message, 1 when the output cannot be written

examples:
  versus compare old.txt new.txt                      summary in the terminal
  versus compare old.txt new.txt -o diff.html         a page to open in a browser
  versus compare old.txt new.txt -o diff.html --unified
  versus compare old.txt new.txt --format json &gt; diff.json
  versus compare old.txt new.txt --case-sensitive --keep-yo --threshold 0.7
  versus compare old.txt new.txt --color never | less
  curl -s https://example.org/a.txt | versus compare - local.txt
</source>
        <translation>форматы вывода:
  html   одна самодостаточная страница (без внешних запросов): обе версии рядом,
         выделение слов, ссылки между перенесёнными предложениями, статистика; --unified
         добавляет приложение: старая формулировка каждого изменённого предложения (-) над
         новой (+), перенесённые предложения отмечены в обоих местах, одно неизменённое
         предложение контекста
  json   всё сравнение с устойчивыми ключами, схема "{schema}", описана в
         {doc}; смещения — кодовые точки Юникода (индексы str в Python)
  text   читаемая сводка изменённых предложений: удалённые слова [-вот так-],
         добавленные слова {{+вот так+}}; в терминале цветная (см. --color, NO_COLOR)

  Без --format формат определяется расширением файла -o (.html, .json, .txt; прочие
  дают html); без -o — text. Без -o html и json выводятся в стандартный вывод.
  --lang ru (или русская локаль) пишет слова страницы и сводки по-русски;
  ключи и значения JSON остаются английскими (это схема).

код возврата:
  0 сравнено (различаются тексты или нет), 2 неверные входные данные (нет файла, пустой,
  двоичный или слишком большой файл, неизвестная кодировка, неверный параметр, папка -o
  не существует: -o никогда не создаёт папки) с сообщением в одну строку, 1 — если
  вывод не удаётся записать

примеры:
  versus compare old.txt new.txt                      сводка в терминале
  versus compare old.txt new.txt -o diff.html         страница для браузера
  versus compare old.txt new.txt -o diff.html --unified
  versus compare old.txt new.txt --format json &gt; diff.json
  versus compare old.txt new.txt --case-sensitive --keep-yo --threshold 0.7
  versus compare old.txt new.txt --color never | less
  curl -s https://example.org/a.txt | versus compare - local.txt
</translation>
    </message>
    <message>
        <source>the first (left) version</source>
        <translation>первая (левая) версия</translation>
    </message>
    <message>
        <source>the second (right) version</source>
        <translation>вторая (правая) версия</translation>
    </message>
    <message>
        <source>{version}; - reads standard input</source>
        <translation>{version}; - читает стандартный ввод</translation>
    </message>
    <message>
        <source>output</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>write to PATH (atomically) instead of standard output; - is standard output</source>
        <translation>записать в PATH (атомарно) вместо стандартного вывода; - — стандартный вывод</translation>
    </message>
    <message>
        <source>html, json or text (default: from the -o suffix, else text)</source>
        <translation>html, json или text (по умолчанию по расширению -o, иначе text)</translation>
    </message>
    <message>
        <source>html and text: add a unified diff of the sentences, each changed sentence's old wording (-) above its new one (+), moves marked (json: ignored)</source>
        <translation>html и text: добавить унифицированный diff предложений — старая формулировка каждого изменённого предложения (-) над новой (+), переносы отмечены (json: не влияет)</translation>
    </message>
    <message>
        <source>colour the text format: auto (the default) colours a terminal unless NO_COLOR is set; files are never coloured</source>
        <translation>цвет в формате text: auto (по умолчанию) раскрашивает терминал, если не задана NO_COLOR; файлы никогда не раскрашиваются</translation>
    </message>
    <message>
        <source>comparison options (what counts as the same)</source>
        <translation>параметры сравнения (что считать одинаковым)</translation>
    </message>
    <message>
        <source>turn every normalisation off (case, quotes, dashes, ё, white space); the flags below still apply</source>
        <translation>выключить всю нормализацию (регистр, кавычки, тире, ё, пробелы); флаги ниже всё равно действуют</translation>
    </message>
    <message>
        <source>turn "{text}" off (on by default): {explanation}</source>
        <translation>выключить «{text}» (по умолчанию включено): {explanation}</translation>
    </message>
    <message>
        <source>turn "{text}" on (off by default): {explanation}</source>
        <translation>включить «{text}» (по умолчанию выключено): {explanation}</translation>
    </message>
    <message>
        <source>"{text}": {explanation} (default {default}; the score is explained in {doc})</source>
        <translation>«{text}»: {explanation} (по умолчанию {default}; оценка описана в {doc})</translation>
    </message>
    <message>
        <source>"{text}": {explanation}; {metavar} is a number of bytes, or one with K, M or G (default {size}M)</source>
        <translation>«{text}»: {explanation}; {metavar} — число байтов или число с K, M или G (по умолчанию {size}M)</translation>
    </message>
    <message>
        <source>the quotes of the newer version: verbatim, altered or with no source</source>
        <translation>цитаты новой версии: дословные, изменённые или без источника</translation>
    </message>
    <message>
        <source>Compare two versions and report the direct quotes of the second (newer) one:
whether each quotes its source word for word, which words changed, and which
quotes of the first version were only reported or dropped.</source>
        <translation>Сравнить две версии и сообщить о прямых цитатах второй (новой):
цитирует ли каждая свой источник слово в слово, какие слова изменились и какие
цитаты первой версии были только пересказаны или исчезли.</translation>
    </message>
    <message>
        <source>what it shows:
  every quote of B (the newer, right version), in text order: its verdict (verbatim,
  altered, no source), speaker and verb, its words, its source in A («…», or unquoted
  text when A only reports the words), and the words changed between them: cut words
  [-like this-], added words {+like this+}; then A's quotes that B only reports or drops

output formats:
  text   the report above; coloured on a terminal (see --color, NO_COLOR)
  json   {"left": A's name, "right": B's name, "quotes": [...]}, each quote as in the
         "quotes" array of `versus compare --format json` (docs/json-schema.md)

  Without --format the format follows the -o file's suffix (.json gives json, others text).

exit status:
  0 compared, 2 bad input (missing, empty, binary or too large file, bad option, an -o
  folder that does not exist: -o never creates folders), 1 when the output cannot be written

examples:
  versus quotes old.txt new.txt
  versus quotes old.txt new.txt --format json &gt; quotes.json
  versus quotes old.txt new.txt --keep-yo --color never | less
</source>
        <translation>что показывается:
  каждая цитата B (новой, правой версии) в порядке текста: её оценка (дословная,
  изменённая, без источника), говорящий и глагол, её слова, её источник в A («…» или
  текст без кавычек, если A лишь пересказывает слова) и слова, изменившиеся между ними:
  вырезанные [-вот так-], добавленные {+вот так+}; затем цитаты A, которые B только
  пересказывает или опускает

форматы вывода:
  text   отчёт, описанный выше; в терминале цветной (см. --color, NO_COLOR)
  json   {"left": имя A, "right": имя B, "quotes": [...]}, каждая цитата как в массиве
         "quotes" у `versus compare --format json` (docs/json-schema.md)

  Без --format формат определяется расширением файла -o (.json даёт json, прочие — text).

код возврата:
  0 сравнено, 2 неверные входные данные (нет файла, пустой, двоичный или слишком большой
  файл, неверный параметр, папка -o не существует: -o никогда не создаёт папки), 1 — если
  вывод не удаётся записать

примеры:
  versus quotes old.txt new.txt
  versus quotes old.txt new.txt --format json &gt; quotes.json
  versus quotes old.txt new.txt --keep-yo --color never | less
</translation>
    </message>
    <message>
        <source>the first (older, left) version</source>
        <translation>первая (старая, левая) версия</translation>
    </message>
    <message>
        <source>the second (newer, right) version</source>
        <translation>вторая (новая, правая) версия</translation>
    </message>
    <message>
        <source>text or json (default: json for a .json -o, else text)</source>
        <translation>text или json (по умолчанию json для -o с расширением .json, иначе text)</translation>
    </message>
    <message>
        <source>comparison options (what counts as the same), as for `versus compare`</source>
        <translation>параметры сравнения (что считать одинаковым), как для `versus compare`</translation>
    </message>
    <message>
        <source>the library database (default: library.sqlite3 in the user data folder)</source>
        <translation>база библиотеки (по умолчанию library.sqlite3 в папке данных пользователя)</translation>
    </message>
    <message>
        <source>add files, folders or zip archives to the library</source>
        <translation>добавить в библиотеку файлы, папки или zip-архивы</translation>
    </message>
    <message>
        <source>Import .txt, .md, .html and .zip files (folders recursively).</source>
        <translation>Импорт файлов .txt, .md, .html и .zip (папки — рекурсивно).</translation>
    </message>
    <message>
        <source>exit status:
  0  every file imported, or some (the summary counts the errors)
  1  nothing could be imported: every file given failed
  2  bad usage, or the library cannot be used (missing, damaged, read-only, busy)</source>
        <translation>код возврата:
  0  импортированы все файлы или часть (сводка считает ошибки)
  1  ничего не удалось импортировать: ни один из данных файлов
  2  неверный вызов, или библиотеку нельзя использовать (нет, повреждена, только для чтения, занята)</translation>
    </message>
    <message>
        <source>also put the articles into this collection</source>
        <translation>также поместить статьи в эту коллекцию</translation>
    </message>
    <message>
        <source>read and fingerprint files in N processes (default: in this one)</source>
        <translation>читать файлы и вычислять отпечатки в N процессах (по умолчанию в этом)</translation>
    </message>
    <message>
        <source>print only the summary</source>
        <translation>выводить только сводку</translation>
    </message>
    <message>
        <source>also print the seconds spent in each stage (reading, signatures, storing, full-text index, grouping, committing)</source>
        <translation>также вывести время каждого этапа в секундах (чтение, сигнатуры, запись, полнотекстовый индекс, группировка, фиксация)</translation>
    </message>
    <message>
        <source>read at most SIZE bytes of texts from one zip archive; its further members are refused (guards against archives that unpack to gigabytes; default {size}M)</source>
        <translation>читать не больше SIZE байтов текстов из одного zip-архива; остальные его файлы отклоняются (защита от архивов, распаковывающихся в гигабайты; по умолчанию {size}M)</translation>
    </message>
    <message>
        <source>exit status: 0 done; 2 bad usage, or the library cannot be used (missing, damaged, busy)</source>
        <translation>код возврата: 0 выполнено; 2 неверный вызов, или библиотеку нельзя использовать (нет, повреждена, занята)</translation>
    </message>
    <message>
        <source>list the library's articles</source>
        <translation>список статей библиотеки</translation>
    </message>
    <message>
        <source>sort in descending order</source>
        <translation>сортировать по убыванию</translation>
    </message>
    <message>
        <source>only this story group</source>
        <translation>только эта группа сюжета</translation>
    </message>
    <message>
        <source>only this collection</source>
        <translation>только эта коллекция</translation>
    </message>
    <message>
        <source>at most N rows (0: all; default 100)</source>
        <translation>не больше N строк (0: все; по умолчанию 100)</translation>
    </message>
    <message>
        <source>full-text search of titles and texts</source>
        <translation>полнотекстовый поиск по заголовкам и текстам</translation>
    </message>
    <message>
        <source>Words must all occur; "a phrase", word* (prefix), OR, -word.</source>
        <translation>Должны встретиться все слова; "фраза", слово* (префикс), OR, -слово.</translation>
    </message>
    <message>
        <source>story groups: articles that are versions of one report</source>
        <translation>группы сюжетов: статьи, являющиеся версиями одного сообщения</translation>
    </message>
    <message>
        <source>regroup with this similarity threshold (0..1) first</source>
        <translation>сначала перегруппировать с этим порогом сходства (0..1)</translation>
    </message>
    <message>
        <source>list each group's articles</source>
        <translation>перечислить статьи каждой группы</translation>
    </message>
    <message>
        <source>at most N groups (0: all; default 50)</source>
        <translation>не больше N групп (0: все; по умолчанию 50)</translation>
    </message>
    <message>
        <source>a command or files to open must follow --lang</source>
        <translation>после --lang должна идти команда или файлы для открытия</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>обязательные аргументы не указаны: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидался один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидалось не больше одного аргумента</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидался хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ожидалось аргументов: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ожидалось аргументов: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>лишнее значение аргумента: %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{path}: {reason}; starting afresh</source>
        <translation>{path}: {reason}; настройки начаты заново</translation>
    </message>
    <message>
        <source>{path}: not a settings object; starting afresh</source>
        <translation>{path}: это не объект настроек; настройки начаты заново</translation>
    </message>
    <message>
        <source>{path}: ignored what could not be used ({names})</source>
        <translation>{path}: пропущено то, что нельзя использовать ({names})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>How many of the files found have been read</source>
        <translation>Сколько из найденных файлов уже прочитано</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Stop importing; the articles added so far stay in the library</source>
        <translation>Остановить импорт; уже добавленные статьи останутся в библиотеке</translation>
    </message>
    <message>
        <source>Close this window; the import is over</source>
        <translation>Закрыть это окно; импорт завершён</translation>
    </message>
    <message>
        <source>Files that could not be imported</source>
        <translation>Файлы, которые не удалось импортировать</translation>
    </message>
    <message>
        <source>One row per file: the file and why it could not be imported</source>
        <translation>По строке на файл: файл и причина, по которой его не удалось импортировать</translation>
    </message>
    <message>
        <source>What is being imported, and into which collection</source>
        <translation>Что импортируется и в какую коллекцию</translation>
    </message>
    <message>
        <source>Files read of the files found</source>
        <translation>Прочитано файлов из найденных</translation>
    </message>
    <message>
        <source>Articles read per second</source>
        <translation>Статей прочитано в секунду</translation>
    </message>
    <message>
        <source>The file being read now; its tool tip has the full path</source>
        <translation>Файл, который читается сейчас; полный путь — во всплывающей подсказке</translation>
    </message>
    <message>
        <source>Articles added, duplicates skipped and errors</source>
        <translation>Добавленные статьи, пропущенные дубликаты и ошибки</translation>
    </message>
    <message>
        <source>File being read: %1</source>
        <translation>Читается файл: %1</translation>
    </message>
    <message>
        <source>File being read</source>
        <translation>Читаемый файл</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{done} of {total} files: {added} added, {duplicates} duplicates skipped, {errors} errors in {seconds} s, {rate}/s</source>
        <translation>{done} из {total} файлов: добавлено {added}, пропущено повторов {duplicates}, ошибок {errors} за {seconds} с, {rate} в секунду</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (отменено)</translation>
    </message>
    <message>
        <source>time per stage: reading and extracting {read} s, signatures {sign} s, storing {store} s, full-text index {index} s, grouping {group} s, committing {commit} s</source>
        <translation>время по этапам: чтение и извлечение {read} с, сигнатуры {sign} с, запись {store} с, полнотекстовый индекс {index} с, группировка {group} с, фиксация {commit} с</translation>
    </message>
    <message>
        <source> (reading and signatures summed over {workers} processes)</source>
        <translation> (чтение и сигнатуры — сумма по {workers} процессам)</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>Open the Versus desktop reader. Files and folders given are added to the list; the first two are compared.</source>
        <translation>Открыть Versus. Указанные файлы и папки добавляются в список; первые два сравниваются.</translation>
    </message>
    <message>
        <source>text files or folders to open</source>
        <translation>текстовые файлы или папки, которые нужно открыть</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>write the library's articles as Parquet or JSON lines for Apache Spark</source>
        <translation>записать статьи библиотеки в Parquet или JSON lines для Apache Spark</translation>
    </message>
    <message>
        <source>Write the library's articles (id, hash, source, date, title, URL, language, the text
without page clutter) into the new folder OUT, in files of at most N rows, for the story
grouping on Apache Spark. The folder appears only when the export is complete.</source>
        <translation>Записать статьи библиотеки (id, хеш, издание, дату, заголовок, URL, язык, текст
без мусора страницы) в новую папку OUT, файлами не более чем по N строк, для
группировки в сюжеты на Apache Spark. Папка появляется, только когда выгрузка завершена.</translation>
    </message>
    <message>
        <source>exit status:
  0  the corpus is written
  1  it is not: OUT exists, or writing failed (nothing is left at OUT)
  2  bad usage, the library cannot be used (missing, damaged, busy),
     or pyarrow is missing</source>
        <translation>код возврата:
  0  корпус записан
  1  не записан: OUT уже есть или запись не удалась (в OUT ничего не остаётся)
  2  неверный вызов, библиотеку нельзя использовать (нет, повреждена, занята)
     или нет pyarrow</translation>
    </message>
    <message>
        <source>the folder to create</source>
        <translation>папка, которую нужно создать</translation>
    </message>
    <message>
        <source>parquet (needs the spark extra) or jsonl (default: parquet)</source>
        <translation>parquet (нужен дополнительный пакет spark) или jsonl (по умолчанию parquet)</translation>
    </message>
    <message>
        <source>at most N articles in one file (default {n})</source>
        <translation>не больше N статей в одном файле (по умолчанию {n})</translation>
    </message>
    <message>
        <source>replace the library's story groups with those computed on Apache Spark</source>
        <translation>заменить сюжеты библиотеки сюжетами, найденными на Apache Spark</translation>
    </message>
    <message>
        <source>Make the story groups the Spark job wrote (Parquet files with article_id and group_id,
_summary.json with the grouping parameters) the library's groups, in one transaction.
Articles of the library that are not in the files are left in no group; ids that are
not in the library are counted and skipped.</source>
        <translation>Сделать сюжеты, записанные заданием Spark (файлы Parquet со столбцами article_id и
group_id, _summary.json с параметрами группировки), сюжетами библиотеки — в одной
транзакции. Статьи библиотеки, которых нет в файлах, остаются вне сюжетов; id, которых
нет в библиотеке, подсчитываются и пропускаются.</translation>
    </message>
    <message>
        <source>exit status:
  0  the groups are imported
  1  the groups folder cannot be used (the library's groups are left as they were)
  2  bad usage, the library cannot be used (missing, damaged, read-only, busy),
     or pyarrow is missing</source>
        <translation>код возврата:
  0  сюжеты импортированы
  1  папку сюжетов нельзя использовать (сюжеты библиотеки остались прежними)
  2  неверный вызов, библиотеку нельзя использовать (нет, повреждена, только для чтения,
     занята) или нет pyarrow</translation>
    </message>
    <message>
        <source>the folder the Spark job wrote</source>
        <translation>папка, которую записало задание Spark</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>--rows-per-file must be at least 1, not {value}</source>
        <translation>--rows-per-file должно быть не меньше 1, а не {value}</translation>
    </message>
    <message>
        <source>export-corpus --format parquet needs the spark extra: {command}</source>
        <translation>для export-corpus --format parquet нужен дополнительный пакет spark: {command}</translation>
    </message>
    <message>
        <source>export interrupted (nothing is left at {path})</source>
        <translation>выгрузка прервана (в {path} ничего не осталось)</translation>
    </message>
    <message>
        <source>{rows} articles in {files} files ({size}) to {path} in {seconds} s, {rate}/s</source>
        <translation>статей — {rows}, файлов — {files} ({size}) в {path} за {seconds} с, {rate} в секунду</translation>
    </message>
    <message>
        <source>import-groups needs the spark extra: {command}</source>
        <translation>для import-groups нужен дополнительный пакет spark: {command}</translation>
    </message>
    <message>
        <source>{path}: no _summary.json, so the library keeps its grouping parameters (threshold {threshold})</source>
        <translation>{path}: нет _summary.json, поэтому у библиотеки остаются её параметры группировки (порог {threshold})</translation>
    </message>
    <message>
        <source>{groups} story groups of {grouped} articles imported (threshold {threshold})</source>
        <translation>импортировано сюжетов — {groups}, в них статей — {grouped} (порог {threshold})</translation>
    </message>
    <message>
        <source>{n} articles of the groups folder are not in the library: skipped</source>
        <translation>в библиотеке нет статей из папки сюжетов: {n} (они пропущены)</translation>
    </message>
    <message>
        <source>{n} articles of the library are not in the groups folder: in no group now</source>
        <translation>в папке сюжетов нет статей библиотеки: {n} (теперь они вне сюжетов)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{path}: cannot write the corpus ({detail})</source>
        <translation>{path}: не удалось записать корпус ({detail})</translation>
    </message>
    <message>
        <source>{path}: already exists (the corpus goes into a new folder; remove it or name another)</source>
        <translation>{path}: уже существует (корпус записывается в новую папку; удалите эту или укажите другую)</translation>
    </message>
    <message>
        <source>{path}: no Parquet files of story groups there</source>
        <translation>{path}: здесь нет файлов Parquet с сюжетами</translation>
    </message>
    <message>
        <source>{path}: no column {column} (story groups need article_id and group_id)</source>
        <translation>{path}: нет столбца {column} (для сюжетов нужны article_id и group_id)</translation>
    </message>
    <message>
        <source>{path}: cannot read it ({detail})</source>
        <translation>{path}: не удалось прочитать ({detail})</translation>
    </message>
    <message>
        <source>{path}: the column {column} holds {type}, not whole numbers</source>
        <translation>{path}: в столбце {column} значения типа {type}, а не целые числа</translation>
    </message>
    <message>
        <source>{path}: a row without {column}</source>
        <translation>{path}: строка без {column}</translation>
    </message>
    <message>
        <source>{path}: article {id} is in more than one row</source>
        <translation>{path}: статья {id} встречается больше чем в одной строке</translation>
    </message>
    <message>
        <source>{path}: group {group} should have {size} articles but has {count} rows (is a file of the folder missing?)</source>
        <translation>{path}: в сюжете {group} должно быть статей — {size}, а строк — {count} (не пропал ли файл из папки?)</translation>
    </message>
    <message>
        <source>{path}: no grouping parameters there ({detail})</source>
        <translation>{path}: здесь нет параметров группировки ({detail})</translation>
    </message>
    <message>
        <source>article {id} is in the groups twice</source>
        <translation>статья {id} дважды встречается в сюжетах</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>compare every version of each story group with its earliest, on Apache Spark</source>
        <translation>сравнить каждую версию каждого сюжета с самой ранней, на Apache Spark</translation>
    </message>
    <message>
        <source>Compare every version of each story group (the Spark grouping's output, GROUPS) with the
group's earliest version, on Apache Spark, with the same engine as `versus compare`, and write
one row of statistics per pair into OUTPUT (Parquet): similarity, sentences kept, changed,
moved, added and removed, quotes verbatim, altered, without source and dropped. docs/scale.md
shows how to query it (which outlets alter quotes most).</source>
        <translation>Сравнить каждую версию каждого сюжета (результат группировки на Spark, GROUPS) с самой
ранней версией сюжета на Apache Spark тем же движком, что и `versus compare`, и записать
в OUTPUT (Parquet) по строке статистики на пару: сходство, предложения без изменений,
изменённые, перемещённые, добавленные и удалённые, цитаты дословные, изменённые, без источника
и выпавшие. Как делать запросы к ним (какие издания чаще меняют цитаты), — в docs/scale.md.</translation>
    </message>
    <message>
        <source>exit status:
  0  the statistics are written
  1  Spark failed (its message follows)
  2  bad usage, or pyspark is missing</source>
        <translation>код завершения:
  0  статистика записана
  1  ошибка Spark (её сообщение ниже)
  2  неверный вызов или не установлен pyspark</translation>
    </message>
    <message>
        <source>the corpus export-corpus wrote (Parquet)</source>
        <translation>корпус, записанный export-corpus (Parquet)</translation>
    </message>
    <message>
        <source>the folder for the statistics (Parquet)</source>
        <translation>папка для статистики (Parquet)</translation>
    </message>
    <message>
        <source>the Spark master: local[2], spark://host:7077, … (default: local[2])</source>
        <translation>мастер Spark: local[2], spark://host:7077, … (по умолчанию local[2])</translation>
    </message>
    <message>
        <source>spread the pairs over N partitions</source>
        <translation>распределить пары по N разделам</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>compare-corpus needs the spark extra: {command}</source>
        <translation>для compare-corpus нужен дополнительный пакет spark: {command}</translation>
    </message>
    <message>
        <source>compare-corpus failed: {reason}</source>
        <translation>compare-corpus не выполнено: {reason}</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>local: the library's groups (default); spark: group the corpus INPUT on Apache Spark and write the groups to OUTPUT, with --threshold T if given, else 0.3 (needs the spark extra and Java 17+)</source>
        <translation>local: сюжеты библиотеки (по умолчанию); spark: сгруппировать корпус INPUT на Apache Spark и записать сюжеты в OUTPUT, с порогом --threshold T, если он задан, иначе 0.3 (нужны дополнительный пакет spark и Java 17+)</translation>
    </message>
    <message>
        <source>with --engine spark: the corpus (versus export-corpus's Parquet, JSON lines, or a folder of texts)</source>
        <translation>с --engine spark: корпус (Parquet из versus export-corpus, JSON lines или папка текстов)</translation>
    </message>
    <message>
        <source>with --engine spark: a new folder for the groups (Parquet and _summary.json)</source>
        <translation>с --engine spark: новая папка для сюжетов (Parquet и _summary.json)</translation>
    </message>
    <message>
        <source>with --engine spark: Spark's master, such as local[2] or spark://HOST:7077 (default: local[*])</source>
        <translation>с --engine spark: мастер Spark, например local[2] или spark://HOST:7077 (по умолчанию local[*])</translation>
    </message>
    <message>
        <source>with --engine spark: parts of the corpus and of Spark's shuffles (default: 4 per core)</source>
        <translation>с --engine spark: число частей корпуса и перераспределений Spark (по умолчанию 4 на ядро)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>INPUT, OUTPUT, --master and --partitions are for --engine spark</source>
        <translation>INPUT, OUTPUT, --master и --partitions нужны только с --engine spark</translation>
    </message>
    <message>
        <source>--engine spark needs INPUT (the corpus) and OUTPUT (a new folder for the groups)</source>
        <translation>для --engine spark нужны INPUT (корпус) и OUTPUT (новая папка для сюжетов)</translation>
    </message>
    <message>
        <source>--library and --members are for the library's groups (--engine local)</source>
        <translation>--library и --members относятся к сюжетам библиотеки (--engine local)</translation>
    </message>
    <message>
        <source>--partitions must be at least 1, not {value}</source>
        <translation>--partitions должно быть не меньше 1, а не {value}</translation>
    </message>
    <message>
        <source>--engine spark needs the spark extra: {command}</source>
        <translation>для --engine spark нужен дополнительный пакет spark: {command}</translation>
    </message>
    <message>
        <source>grouping interrupted (OUTPUT may hold part of the groups; remove it)</source>
        <translation>группировка прервана (в OUTPUT может остаться часть сюжетов; удалите её)</translation>
    </message>
    <message>
        <source>{articles} of {rows} articles grouped: {groups} groups of two or more ({grouped} articles), the largest {largest}</source>
        <translation>сгруппировано статей: {articles} из {rows}; сюжетов из двух статей и больше: {groups} (статей в них: {grouped}), в самом большом: {largest}</translation>
    </message>
    <message>
        <source>{pairs} candidate pairs compared, {similar} at or above the threshold {threshold}; components in {rounds} rounds</source>
        <translation>сравнено пар-кандидатов: {pairs}, из них не ниже порога {threshold}: {similar}; раундов поиска компонент: {rounds}</translation>
    </message>
    <message>
        <source>seconds: signatures {signatures}, pairs {pairs}, components {components}, write {write}; {total} in all, {rate} articles/s</source>
        <translation>секунды: сигнатуры {signatures}, пары {pairs}, компоненты {components}, запись {write}; всего {total}, статей в секунду: {rate}</translation>
    </message>
    <message>
        <source>written to {output}</source>
        <translation>записано в {output}</translation>
    </message>
</context>
</TS>
