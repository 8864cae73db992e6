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
        <translation>совпадение {score}, формулировка совпадает на {same}%</translation>
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
</TS>
