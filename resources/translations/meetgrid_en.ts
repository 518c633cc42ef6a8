<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaChoicesModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/print.py" line="40"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="103"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="104"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="105"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="106"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/changes.py" line="97"/>
        <source>%n changes. Apply keeps a copy of the event as it is now in its backups folder.</source>
        <translation>
            <numerusform>%n change. Apply keeps a copy of the event as it is now in its backups folder.</numerusform>
            <numerusform>%n changes. Apply keeps a copy of the event as it is now in its backups folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="276"/>
        <source>%n arrived</source>
        <translation>
            <numerusform>%n arrived</numerusform>
            <numerusform>%n arrived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="277"/>
        <source>%n expected</source>
        <translation>
            <numerusform>%n expected</numerusform>
            <numerusform>%n expected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="278"/>
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="279"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="461"/>
        <source>Registered {organisation} with %n people; check them in below</source>
        <translation>
            <numerusform>Registered {organisation} with %n person; check them in below</numerusform>
            <numerusform>Registered {organisation} with %n people; check them in below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/check.py" line="106"/>
        <source>%n problems stop the import.</source>
        <translation>
            <numerusform>%n problem stops the import.</numerusform>
            <numerusform>%n problems stop the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/check.py" line="130"/>
        <source>%n warnings: what they name is left out; they do not stop the import.</source>
        <translation>
            <numerusform>%n warning: what it names is left out; it does not stop the import.</numerusform>
            <numerusform>%n warnings: what they name is left out; they do not stop the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="26"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="27"/>
        <source>%n locked</source>
        <translation>
            <numerusform>%n locked</numerusform>
            <numerusform>%n locked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="34"/>
        <source>%n idle gaps</source>
        <translation>
            <numerusform>%n idle gap</numerusform>
            <numerusform>%n idle gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="35"/>
        <source>%n table changes</source>
        <translation>
            <numerusform>%n table change</numerusform>
            <numerusform>%n table changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="36"/>
        <source>%n requests unmet</source>
        <translation>
            <numerusform>%n request unmet</numerusform>
            <numerusform>%n requests unmet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="62"/>
        <source>The timetable breaks %n rules as the event now stands; move or unlock these meetings, or plan again:</source>
        <translation>
            <numerusform>The timetable breaks %n rule as the event now stands; move or unlock this meeting, or plan again:</numerusform>
            <numerusform>The timetable breaks %n rules as the event now stands; move or unlock these meetings, or plan again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="106"/>
        <source>Exported %n agendas to {folder}.</source>
        <translation>
            <numerusform>Exported %n agenda to {folder}.</numerusform>
            <numerusform>Exported %n agendas to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="124"/>
        <source>%n agendas, one PDF per organisation, in the folder &lt;i&gt;agendas&lt;/i&gt;</source>
        <translation>
            <numerusform>%n agenda, one PDF per organisation, in the folder &lt;i&gt;agendas&lt;/i&gt;</numerusform>
            <numerusform>%n agendas, one PDF per organisation, in the folder &lt;i&gt;agendas&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="138"/>
        <source>%n calendar files, one per organisation, in the folder &lt;i&gt;calendar&lt;/i&gt;, to add the meetings to a calendar</source>
        <translation>
            <numerusform>%n calendar file, one per organisation, in the folder &lt;i&gt;calendar&lt;/i&gt;, to add the meetings to a calendar</numerusform>
            <numerusform>%n calendar files, one per organisation, in the folder &lt;i&gt;calendar&lt;/i&gt;, to add the meetings to a calendar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/file.py" line="97"/>
        <source>{file}: {sheets} of %n sheets read.</source>
        <translation>
            <numerusform>{file}: {sheets} of %n sheet read.</numerusform>
            <numerusform>{file}: {sheets} of %n sheets read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/file.py" line="106"/>
        <source>%n problems stop the import for now; the next steps show where they are.</source>
        <translation>
            <numerusform>%n problem stops the import for now; the next steps show where it is.</numerusform>
            <numerusform>%n problems stop the import for now; the next steps show where they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="76"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="77"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="78"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="81"/>
        <source>%n interpreters</source>
        <translation>
            <numerusform>%n interpreter</numerusform>
            <numerusform>%n interpreters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="576"/>
        <source>Updated from the workbook: %n changes; plan again to use them. Undo takes them back.</source>
        <translation>
            <numerusform>Updated from the workbook: %n change; plan again to use it. Undo takes it back.</numerusform>
            <numerusform>Updated from the workbook: %n changes; plan again to use them. Undo takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="612"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="613"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="614"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="615"/>
        <source>{met} of %n requests met</source>
        <translation>
            <numerusform>{met} of %n request met</numerusform>
            <numerusform>{met} of %n requests met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="712"/>
        <source>Planned %n meetings in {s} s: {status}</source>
        <translation>
            <numerusform>Planned %n meeting in {s} s: {status}</numerusform>
            <numerusform>Planned %n meetings in {s} s: {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="794"/>
        <source>Exported %n agendas to {folder}</source>
        <translation>
            <numerusform>Exported %n agenda to {folder}</numerusform>
            <numerusform>Exported %n agendas to {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="484"/>
        <source>%n requests to {name}</source>
        <translation>
            <numerusform>%n request to {name}</numerusform>
            <numerusform>%n requests to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="487"/>
        <source>%n requests from {name}</source>
        <translation>
            <numerusform>%n request from {name}</numerusform>
            <numerusform>%n requests from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="516"/>
        <source>%n requests from {row} to {column}</source>
        <translation>
            <numerusform>%n request from {row} to {column}</numerusform>
            <numerusform>%n requests from {row} to {column}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/requests/matrix.py" line="161"/>
        <source>%n requests from {row} to {column}</source>
        <translation>
            <numerusform>%n request from {row} to {column}</numerusform>
            <numerusform>%n requests from {row} to {column}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/names.py" line="58"/>
        <source>%n names were matched approximately; {a} of them are read as shown.</source>
        <translation>
            <numerusform>%n name was matched approximately; {a} of them are read as shown.</numerusform>
            <numerusform>%n names were matched approximately; {a} of them are read as shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="473"/>
        <source>Showing {shown} of %n organisations</source>
        <translation>
            <numerusform>Showing {shown} of %n organisation</numerusform>
            <numerusform>Showing {shown} of %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="475"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="589"/>
        <source>its %n people</source>
        <translation>
            <numerusform>its one person</numerusform>
            <numerusform>its %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="592"/>
        <source>its %n meetings</source>
        <translation>
            <numerusform>its one meeting</numerusform>
            <numerusform>its %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="736"/>
        <source>{person} is on %n meetings. They stay in the timetable, without {person}.</source>
        <translation>
            <numerusform>{person} is on %n meeting. It stays in the timetable, without {person}.</numerusform>
            <numerusform>{person} is on %n meetings. They stay in the timetable, without {person}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="252"/>
        <source>{orgs} organisations have asked for %n meetings. Choose how long the planner may search and what matters most, then plan.</source>
        <translation>
            <numerusform>{orgs} organisations have asked for %n meeting. Choose how long the planner may search and what matters most, then plan.</numerusform>
            <numerusform>{orgs} organisations have asked for %n meetings. Choose how long the planner may search and what matters most, then plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="265"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="268"/>
        <source>{met} of %n requests met</source>
        <translation>
            <numerusform>{met} of %n request met</numerusform>
            <numerusform>{met} of %n requests met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="284"/>
        <source>%n requests could not be met (see the Timetable page for each one):</source>
        <translation>
            <numerusform>%n request could not be met (see the Timetable page):</numerusform>
            <numerusform>%n requests could not be met (see the Timetable page for each one):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="297"/>
        <source>%n meetings need interpreting:</source>
        <translation>
            <numerusform>%n meeting needs interpreting:</numerusform>
            <numerusform>%n meetings need interpreting:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="321"/>
        <source>Only {n} meetings planned for %n requested pairs — see the warnings above</source>
        <translation>
            <numerusform>Only {n} meetings planned for %n requested pair — see the warnings above</numerusform>
            <numerusform>Only {n} meetings planned for %n requested pairs — see the warnings above</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="380"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="395"/>
        <source>The %n agendas changed since last printed · {pages}</source>
        <translation>
            <numerusform>The %n agenda changed since last printed · {pages}</numerusform>
            <numerusform>The %n agendas changed since last printed · {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="400"/>
        <source>All %n agendas · {pages}</source>
        <translation>
            <numerusform>The %n agenda · {pages}</numerusform>
            <numerusform>All %n agendas · {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="80"/>
        <source>%n meeting slots over {days}</source>
        <translation>
            <numerusform>%n meeting slot over {days}</numerusform>
            <numerusform>%n meeting slots over {days}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="81"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="97"/>
        <source>{day} · %n slots</source>
        <translation>
            <numerusform>{day} · %n slot</numerusform>
            <numerusform>{day} · %n slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintRunPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/print/print_run.py" line="38"/>
        <source>The pages chosen are not in this document, which has %n pages.</source>
        <translation>
            <numerusform>The pages chosen are not in this document, which has %n page.</numerusform>
            <numerusform>The pages chosen are not in this document, which has %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="66"/>
        <source>%n meetings need {languages} interpreting, at most {most} at the same time</source>
        <translation>
            <numerusform>%n meeting needs {languages} interpreting, at most {most} at the same time</numerusform>
            <numerusform>%n meetings need {languages} interpreting, at most {most} at the same time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="87"/>
        <source>no meetings were planned for the %n requested pairs</source>
        <translation>
            <numerusform>no meetings were planned for the %n requested pair</numerusform>
            <numerusform>no meetings were planned for the %n requested pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="88"/>
        <source>only {meetings} planned for the %n requested pairs</source>
        <translation>
            <numerusform>only {meetings} planned for the %n requested pair</numerusform>
            <numerusform>only {meetings} planned for the %n requested pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="89"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="94"/>
        <source>{reason}: {unmet} of %n requests unmet ({share} %); {advice}</source>
        <translation>
            <numerusform>{reason}: {unmet} of %n request unmet ({share} %); {advice}</numerusform>
            <numerusform>{reason}: {unmet} of %n requests unmet ({share} %); {advice}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="109"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="111"/>
        <source>%n organisations that asked for meetings have none: {names}</source>
        <translation>
            <numerusform>%n organisation that asked for meetings has none: {names}</numerusform>
            <numerusform>%n organisations that asked for meetings have none: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="374"/>
        <source>Applying removes {n} of the %n meetings of the timetable.</source>
        <translation>
            <numerusform>Applying removes {n} of the timetable&apos;s %n meeting.</numerusform>
            <numerusform>Applying removes {n} of the %n meetings of the timetable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="395"/>
        <source>The new settings remove {n} of the %n meetings of the timetable.</source>
        <translation>
            <numerusform>The new settings remove {n} of the timetable&apos;s %n meeting.</numerusform>
            <numerusform>The new settings remove {n} of the %n meetings of the timetable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="406"/>
        <source>Apply and remove %n meetings</source>
        <translation>
            <numerusform>Apply and remove %n meeting</numerusform>
            <numerusform>Apply and remove %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="454"/>
        <source>Applied; %n meetings were removed. The event as it was is kept in “{folder}”, and Undo brings them back.</source>
        <translation>
            <numerusform>Applied; %n meeting was removed. The event as it was is kept in “{folder}”, and Undo brings it back.</numerusform>
            <numerusform>Applied; %n meetings were removed. The event as it was is kept in “{folder}”, and Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/statistics_page.py" line="260"/>
        <source>requests met, of %n meetings in all</source>
        <translation>
            <numerusform>requests met, of %n meeting in all</numerusform>
            <numerusform>requests met, of %n meetings in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/requests/suggestions.py" line="124"/>
        <source>%n pairs to suggest</source>
        <translation>
            <numerusform>%n pair to suggest</numerusform>
            <numerusform>%n pairs to suggest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/suggestions.py" line="161"/>
        <source>Add %n suggested requests</source>
        <translation>
            <numerusform>Add %n suggested request</numerusform>
            <numerusform>Add %n suggested requests</numerusform>
        </translation>
    </message>
</context>
</TS>
