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
</TS>
