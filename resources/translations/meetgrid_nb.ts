<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AgendaChoicesModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/print.py" line="40"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="514"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="515"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="516"/>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="517"/>
        <source>Who goes</source>
        <translation>Hvem deltar</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="518"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
</context>
<context>
    <name>ApartModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="324"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="324"/>
        <source>Never meets</source>
        <translation>Møter aldri</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="336"/>
        <source>(organisation {id})</source>
        <translation>(organisasjon {id})</translation>
    </message>
</context>
<context>
    <name>BadgesTab</name>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="37"/>
        <source>Badge colour of each group</source>
        <translation>Navneskiltfarge for hver gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="41"/>
        <source>The event&apos;s logo</source>
        <translation>Arrangementets logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="46"/>
        <source>Logo preview</source>
        <translation>Forhåndsvisning av logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="50"/>
        <source>A PNG or SVG file, printed on badges and table signs</source>
        <translation>En PNG- eller SVG-fil som skrives ut på navneskilt og bordskilt</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="68"/>
        <source>The badges show each person&apos;s group in its colour, so that hosts and guests find each other at a glance. Badges and table signs are printed on the Print page.</source>
        <translation>Navneskiltene viser hver persons gruppe i gruppens farge, slik at verter og gjester lett finner hverandre. Navneskilt og bordskilt skrives ut på siden Skriv ut og eksporter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="94"/>
        <source>MeetGrid&apos;s colour</source>
        <translation>MeetGrids farge</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="108"/>
        <source>Interpreters</source>
        <translation>Tolker</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="111"/>
        <location filename="../../app/ui/setup/badges.py" line="199"/>
        <source>Badge colour of {group}</source>
        <translation>Navneskiltfarge for {group}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="49"/>
        <source>&amp;Choose logo…</source>
        <translation>Velg &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="52"/>
        <source>&amp;Remove logo</source>
        <translation>F&amp;jern logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="114"/>
        <source>Re&amp;set</source>
        <translation>&amp;Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="115"/>
        <source>Back to MeetGrid&apos;s colour for this group</source>
        <translation>Tilbake til MeetGrids farge for denne gruppen</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="122"/>
        <source>The event has no groups yet.</source>
        <translation>Arrangementet har ingen grupper ennå.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="130"/>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="131"/>
        <source>No logo: badges and table signs are printed without one.</source>
        <translation>Ingen logo: navneskilt og bordskilt skrives ut uten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="135"/>
        <source>{kind} image, {size} KB, printed on badges and table signs.</source>
        <translation>{kind}-bilde, {size} KB, skrives ut på navneskilt og bordskilt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="157"/>
        <source>Badge colour</source>
        <translation>Navneskiltfarge</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="179"/>
        <source>This file cannot be the logo</source>
        <translation>Denne filen kan ikke brukes som logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="206"/>
        <source>Choose the event&apos;s logo</source>
        <translation>Velg arrangementets logo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="206"/>
        <source>Logos (*.png *.svg);;All files (*)</source>
        <translation>Logoer (*.png *.svg);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="577"/>
        <source>Nothing to show yet</source>
        <translation>Ingenting å vise ennå</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../app/ui/board/window.py" line="113"/>
        <source>MeetGrid board</source>
        <translation>MeetGrid-tavle</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="131"/>
        <source>&amp;Chime at the change of round</source>
        <translation>&amp;Klokkesignal ved rundebytte</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="133"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Fullskjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="134"/>
        <source>C&amp;lose the board</source>
        <translation>&amp;Lukk tavlen</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="161"/>
        <source>{event} — MeetGrid board</source>
        <translation>{event} — MeetGrid-tavle</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="260"/>
        <source>MeetGrid</source>
        <translation>MeetGrid</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="260"/>
        <source>No timetable yet</source>
        <translation>Ingen timeplan ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="263"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="265"/>
        <source>left in this round</source>
        <translation>igjen av denne runden</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="269"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="269"/>
        <location filename="../../app/ui/board/window.py" line="275"/>
        <source>until the next round</source>
        <translation>til neste runde</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="271"/>
        <source>Go to your next table · round {n} at {time}</source>
        <translation>Gå til neste bord · runde {n} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="273"/>
        <source>Change tables</source>
        <translation>Bytt bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="282"/>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="283"/>
        <source>The meetings start at {when}</source>
        <translation>Møtene begynner {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="284"/>
        <source>until the first round</source>
        <translation>til første runde</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="287"/>
        <source>Thank you. The meetings continue {day} at {time}</source>
        <translation>Takk. Møtene fortsetter {day} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="289"/>
        <location filename="../../app/ui/board/window.py" line="293"/>
        <source>The day is over</source>
        <translation>Dagen er over</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="293"/>
        <source>Thank you for coming</source>
        <translation>Takk for at dere kom</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="296"/>
        <source>Round {n} of {of} · {start}–{end}</source>
        <translation>Runde {n} av {of} · {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="502"/>
        <source>Last round</source>
        <translation>Siste runde</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="504"/>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="506"/>
        <source>Coming up</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="521"/>
        <source>Round {n} of {of}</source>
        <translation>Runde {n} av {of}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="541"/>
        <source>No meetings in this round</source>
        <translation>Ingen møter i denne runden</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="552"/>
        <source>Open an event to show its timetable</source>
        <translation>Åpne et arrangement for å vise timeplanen</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="554"/>
        <source>No meetings planned yet</source>
        <translation>Ingen møter planlagt ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="566"/>
        <source>Page {n} of {of}</source>
        <translation>Side {n} av {of}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="632"/>
        <source>Interpreter: {name}</source>
        <translation>Tolk: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="634"/>
        <source>Interpreting needed: {languages}</source>
        <translation>Trenger tolk: {languages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="655"/>
        <source>Later: {label} {start}–{end}</source>
        <translation>Senere: {label} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="663"/>
        <source>Chime on</source>
        <translation>Klokkesignal på</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="61"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="62"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="63"/>
        <source>Meetings each</source>
        <translation>Møter i snitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="64"/>
        <source>Requests met</source>
        <translation>Oppfylte forespørsler</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="65"/>
        <source>Mutual requests met</source>
        <translation>Oppfylte gjensidige forespørsler</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="66"/>
        <source>Without a meeting</source>
        <translation>Uten møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="76"/>
        <source>(none given)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="88"/>
        <source>Pairs that asked to meet each other, with at least one organisation from here</source>
        <translation>Par som ba om å møte hverandre, med minst én organisasjon herfra</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="95"/>
        <source>{part} of {whole} ({percent} %)</source>
        <translation>{part} av {whole} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>BreaksModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>ByOrganisationTab</name>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="67"/>
        <source>Search organisations, groups, countries, interests</source>
        <translation>Søk i organisasjoner, grupper, land, interesser</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="69"/>
        <source>Search organisations</source>
        <translation>Søk i organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="74"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="107"/>
        <location filename="../../app/ui/requests/by_organisation.py" line="185"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="113"/>
        <source>Wishes to meet</source>
        <translation>Ønsker å møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="124"/>
        <source>Double-click a priority to change it, a name to see that organisation&apos;s own wishes</source>
        <translation>Dobbeltklikk på en prioritet for å endre den, eller på et navn for å se organisasjonens egne ønsker</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="126"/>
        <source>Remove wish</source>
        <translation>Fjern ønske</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="138"/>
        <source>Priority of the selected wish</source>
        <translation>Prioritet for det valgte ønsket</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="140"/>
        <source>&amp;Remove wish</source>
        <translation>Fjern &amp;ønske</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="143"/>
        <source>Selected wish:</source>
        <translation>Valgt ønske:</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="163"/>
        <source>Type an organisation&apos;s name</source>
        <translation>Skriv navnet på en organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="166"/>
        <source>&amp;Add wish</source>
        <translation>&amp;Legg til ønske</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="189"/>
        <source>Wished for by</source>
        <translation>Ønsket av</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="191"/>
        <source>Double-click an organisation to see its own wishes</source>
        <translation>Dobbeltklikk på en organisasjon for å se dens egne ønsker</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="201"/>
        <source>Add a wish to meet:</source>
        <translation>Legg til ønske om å møte:</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="223"/>
        <source>Choose an organisation on the left to see and edit its wishes.</source>
        <translation>Velg en organisasjon til venstre for å se og redigere ønskene dens.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="311"/>
        <source>interests: </source>
        <translation>interesser: </translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="322"/>
        <source>Wishes to meet ({n})</source>
        <translation>Ønsker å møte ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="324"/>
        <source>Wished for by ({n})</source>
        <translation>Ønsket av ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="327"/>
        <source>{name} has no wishes yet: add one below.</source>
        <translation>{name} har ingen ønsker ennå: legg til et nedenfor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="331"/>
        <source>Nobody has asked to meet {name} yet.</source>
        <translation>Ingen har bedt om å møte {name} ennå.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="375"/>
        <source>A&amp;ccept {n} selected</source>
        <translation>&amp;Godta {n} valgte</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="376"/>
        <source>A&amp;ccept selected</source>
        <translation>&amp;Godta valgte</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="381"/>
        <source>Wishes can be edited again when planning has finished</source>
        <translation>Ønskene kan redigeres igjen når planleggingen er ferdig</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="427"/>
        <source>Type or choose the organisation to meet.</source>
        <translation>Skriv eller velg organisasjonen som skal møtes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="430"/>
        <source>Several organisations match &apos;{name}&apos;: {names}; type more of the name.</source>
        <translation>Flere organisasjoner passer til «{name}»: {names}. Skriv mer av navnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="435"/>
        <source>No organisation is called &apos;{name}&apos;; choose one from the list.</source>
        <translation>Ingen organisasjon heter «{name}». Velg en fra listen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="450"/>
        <source>An organisation cannot wish to meet itself.</source>
        <translation>En organisasjon kan ikke ønske å møte seg selv.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="456"/>
        <source>{a} already wishes to meet {b} ({priority}); change its priority above.</source>
        <translation>{a} ønsker allerede å møte {b} ({priority}). Endre prioriteten ovenfor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="466"/>
        <source>Add wish: {a} to meet {b}</source>
        <translation>Legge til ønske: {a} vil møte {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="486"/>
        <source>Remove wish: {a} to meet {b}</source>
        <translation>Fjerne ønske: {a} vil møte {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="507"/>
        <source>Mark the meeting of {a} and {b} as agreed</source>
        <translation>Merke møtet mellom {a} og {b} som avtalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="509"/>
        <source>Make the meeting of {a} and {b} a wish again</source>
        <translation>Gjøre møtet mellom {a} og {b} til et ønske igjen</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="517"/>
        <source>Make {a}&apos;s wish to meet {b} &apos;{priority}&apos;</source>
        <translation>Sette ønsket fra {a} om å møte {b} til «{priority}»</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="93"/>
        <source>Changes of the re-plan</source>
        <translation>Endringer ved ny planlegging</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="96"/>
        <source>No better fill of the freed tables exists.</source>
        <translation>Det finnes ingen bedre måte å fylle de ledige bordene på.</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="98"/>
        <source>The best fill found in the time.</source>
        <translation>Den beste fordelingen som ble funnet innen tidsfristen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="101"/>
        <source>From {now}: {cancelled}, {added}, {moved}, {unchanged}. </source>
        <translation>Fra {now}: {cancelled}, {added}, {moved}, {unchanged}. </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="103"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n avlyst</numerusform>
            <numerusform>%n avlyst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="104"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n lagt til</numerusform>
            <numerusform>%n lagt til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="105"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="106"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uendret</numerusform>
            <numerusform>%n uendret</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="113"/>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="114"/>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="115"/>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="116"/>
        <source>Kept with other people</source>
        <translation>Beholdt med andre personer</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="129"/>
        <source>Apply the changes</source>
        <translation>Bruk endringene</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="136"/>
        <source>Nothing needs to change.</source>
        <translation>Ingenting trenger å endres.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="560"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="560"/>
        <source>Old → new</source>
        <translation>Gammel → ny</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="564"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="565"/>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="566"/>
        <source>Requests</source>
        <translation>Forespørsler</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="567"/>
        <source>Interpreters</source>
        <translation>Tolker</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="568"/>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="573"/>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="574"/>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="575"/>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="576"/>
        <source>kept</source>
        <translation>beholdt</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="70"/>
        <source>No event is open to update.</source>
        <translation>Ikke noe arrangement er åpent for oppdatering.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="77"/>
        <source>Cannot compare with the event: {why}</source>
        <translation>Kan ikke sammenligne med arrangementet: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="89"/>
        <source>The workbook changes nothing in the event; there is nothing to apply.</source>
        <translation>Arbeidsboken endrer ingenting i arrangementet; det er ingenting å ta i bruk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/changes.py" line="97"/>
        <source>%n changes. Apply keeps a copy of the event as it is now in its backups folder.</source>
        <translation>
            <numerusform>%n endring. Bruk lagrer en kopi av arrangementet slik det er nå, i mappen for sikkerhetskopier.</numerusform>
            <numerusform>%n endringer. Bruk lagrer en kopi av arrangementet slik det er nå, i mappen for sikkerhetskopier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="104"/>
        <source>{k} left the workbook but are kept, as they have meetings: to cancel those meetings, remove the organisation on the Organisations page after applying.</source>
        <translation>{k} er ikke lenger i arbeidsboken, men beholdes fordi de har møter. For å avlyse disse møtene fjerner du organisasjonen på siden Organisasjoner etter at du har brukt endringene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="125"/>
        <source>Planning is running: wait for it to finish or cancel it, then apply.</source>
        <translation>Planlegging pågår: vent til den er ferdig eller avbryt den, og bruk deretter endringene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="131"/>
        <source>Update from {file}</source>
        <translation>Oppdatere fra {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="136"/>
        <source>The changes could not be stored; nothing was changed.</source>
        <translation>Endringene kunne ikke lagres; ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="85"/>
        <source>Find a person to check in</source>
        <translation>Finn en person å sjekke inn</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="87"/>
        <source>Scan a badge, or type a check-in code or a few letters of a name</source>
        <translation>Skann et navneskilt, eller skriv en innsjekkingskode eller noen bokstaver av et navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="98"/>
        <source>People found</source>
        <translation>Personer funnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="134"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="167"/>
        <source>Check-in</source>
        <translation>Innsjekking</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="177"/>
        <source>Arrivals per organisation</source>
        <translation>Ankomster per organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="107"/>
        <source>&amp;Check in</source>
        <translation>&amp;Sjekk inn</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="109"/>
        <source>&amp;Absent for the day</source>
        <translation>Fraværende &amp;hele dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="113"/>
        <source>&amp;Whole organisation absent for the day</source>
        <translation>Hele &amp;organisasjonen fraværende hele dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="119"/>
        <source>Absen&amp;t from then</source>
        <translation>Fraværende fra &amp;da</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="123"/>
        <source>&amp;Organisation absent from then</source>
        <translation>Or&amp;ganisasjonen fraværende fra da</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="127"/>
        <source>&amp;Late: expected from then</source>
        <translation>Fors&amp;inket: ventes fra da</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="192"/>
        <source>&amp;Register a walk-in…</source>
        <translation>Registrer &amp;en uanmeldt deltaker…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="196"/>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="258"/>
        <source>Check-in of {name} undone</source>
        <translation>Innsjekkingen av {name} er angret</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="275"/>
        <source>{arrived} · {expected} · {absent} of {people}</source>
        <translation>{arrived} · {expected} · {absent} av {people}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="276"/>
        <source>%n arrived</source>
        <translation>
            <numerusform>%n ankommet</numerusform>
            <numerusform>%n ankommet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="277"/>
        <source>%n expected</source>
        <translation>
            <numerusform>%n ventet</numerusform>
            <numerusform>%n ventet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="278"/>
        <source>%n absent</source>
        <translation>
            <numerusform>%n fraværende</numerusform>
            <numerusform>%n fraværende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="279"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="461"/>
        <source>Registered {organisation} with %n people; check them in below</source>
        <translation>
            <numerusform>Registrerte {organisation} med %n person; sjekk personen inn nedenfor</numerusform>
            <numerusform>Registrerte {organisation} med %n personer; sjekk dem inn nedenfor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="314"/>
        <source>Nobody has the code or name “{text}”</source>
        <translation>Ingen har koden eller navnet «{text}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="339"/>
        <source>{name} checked in already at {time}</source>
        <translation>{name} ble allerede sjekket inn kl. {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="348"/>
        <source>{name} is not checked in yet: MeetGrid is busy planning or saving; try again in a moment</source>
        <translation>{name} er ikke sjekket inn ennå: MeetGrid er opptatt med å planlegge eller lagre. Prøv igjen om et øyeblikk</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="352"/>
        <source>Check in {name}</source>
        <translation>Sjekke inn {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="357"/>
        <source>✓ {name} ({organisation}) checked in at {time}</source>
        <translation>✓ {name} ({organisation}) sjekket inn kl. {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="401"/>
        <source>Mark {who} absent for the day</source>
        <translation>Merke {who} som fraværende hele dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="404"/>
        <source>Mark {who} absent from {time}</source>
        <translation>Merke {who} som fraværende fra {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="422"/>
        <source>Expect {who} from {time}</source>
        <translation>Merke {who} som forsinket til {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="452"/>
        <source>Register the walk-in {organisation}</source>
        <translation>Registrere {organisation} som uanmeldt deltaker</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="472"/>
        <source>No more meetings today</source>
        <translation>Ingen flere møter i dag</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="476"/>
        <source>Meeting now, since {time}</source>
        <translation>I møte nå, siden {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="476"/>
        <source>Next meeting {time}</source>
        <translation>Neste møte {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="481"/>
        <source>with {partner}</source>
        <translation>med {partner}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="488"/>
        <source>interpreter {name}</source>
        <translation>tolk {name}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="57"/>
        <source>&amp;Show the row</source>
        <translation>V&amp;is raden</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="59"/>
        <source>&amp;Read the file again</source>
        <translation>&amp;Les filen på nytt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="60"/>
        <source>After correcting and saving the workbook</source>
        <translation>Etter at arbeidsboken er rettet og lagret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/check.py" line="106"/>
        <source>%n problems stop the import.</source>
        <translation>
            <numerusform>%n problem stopper importen.</numerusform>
            <numerusform>%n problemer stopper importen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/check.py" line="130"/>
        <source>%n warnings: what they name is left out; they do not stop the import.</source>
        <translation>
            <numerusform>%n advarsel: det den gjelder, blir utelatt, men den stopper ikke importen.</numerusform>
            <numerusform>%n advarsler: det de gjelder, blir utelatt, men de stopper ikke importen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="108"/>
        <source>A problem stops the import.</source>
        <translation>Et problem stopper importen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="115"/>
        <source>Correct the errors in the workbook (double-click one to see its row), save it and press Read the file again; or, where a column was read as the wrong thing, correct it on the Columns page (Back).</source>
        <translation>Rett feilene i arbeidsboken (dobbeltklikk på en feil for å se raden), lagre den og trykk Les filen på nytt. Er en kolonne lest som noe annet enn den er, retter du det på siden Kolonner (Tilbake).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="125"/>
        <source>Ready to import {counts}.</source>
        <translation>Klar til å importere {counts}.</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="31"/>
        <source>counting idle gaps and table changes…</source>
        <translation>teller ventetider og bordbytter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="41"/>
        <source>the best possible under the rules you set</source>
        <translation>det beste mulige innenfor reglene du har satt</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="42"/>
        <source>good, not proven best (time limit)</source>
        <translation>godt, men ikke bevist best (tidsgrense)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="45"/>
        <source>hardly any meetings — see the warnings</source>
        <translation>nesten ingen møter — se advarslene</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="47"/>
        <source>changed by hand since</source>
        <translation>endret for hånd siden</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="49"/>
        <source>last planned {when}: {how}</source>
        <translation>sist planlagt {when}: {how}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="26"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="27"/>
        <source>%n locked</source>
        <translation>
            <numerusform>%n låst</numerusform>
            <numerusform>%n låst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="34"/>
        <source>%n idle gaps</source>
        <translation>
            <numerusform>%n ventetid</numerusform>
            <numerusform>%n ventetider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="35"/>
        <source>%n table changes</source>
        <translation>
            <numerusform>%n bordbytte</numerusform>
            <numerusform>%n bordbytter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="36"/>
        <source>%n requests unmet</source>
        <translation>
            <numerusform>%n forespørsel ikke oppfylt</numerusform>
            <numerusform>%n forespørsler ikke oppfylt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="62"/>
        <source>The timetable breaks %n rules as the event now stands; move or unlock these meetings, or plan again:</source>
        <translation>
            <numerusform>Timeplanen bryter %n regel slik arrangementet er nå. Flytt eller lås opp dette møtet, eller planlegg på nytt:</numerusform>
            <numerusform>Timeplanen bryter %n regler slik arrangementet er nå. Flytt eller lås opp disse møtene, eller planlegg på nytt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="69"/>
        <source>
… and {n} more</source>
        <translation>
… og {n} til</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="75"/>
        <source>Look at this before printing the agendas:</source>
        <translation>Se på dette før du skriver ut agendaene:</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="91"/>
        <source>Counting idle gaps and unmet requests</source>
        <translation>Teller ventetider og forespørsler som ikke er oppfylt</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="112"/>
        <source>Every request is met.</source>
        <translation>Alle forespørsler er oppfylt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="118"/>
        <source>Could not work out the unmet requests: </source>
        <translation>Kunne ikke finne forespørslene som ikke er oppfylt: </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="119"/>
        <source>Could not count idle gaps and unmet requests: </source>
        <translation>Kunne ikke telle ventetider og forespørsler som ikke er oppfylt: </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="132"/>
        <source>All reasons ({n})</source>
        <translation>Alle årsaker ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="139"/>
        <source>Unmet requests</source>
        <translation>Forespørsler som ikke er oppfylt</translation>
    </message>
</context>
<context>
    <name>ChooserPanel</name>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="49"/>
        <location filename="../../app/ui/print/chooser.py" line="51"/>
        <source>Search organisations</source>
        <translation>Søk i organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="65"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="68"/>
        <source>No organisation matches the search.</source>
        <translation>Ingen organisasjon passer til søket.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="72"/>
        <source>E&amp;xport everything…</source>
        <translation>&amp;Eksporter alt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="75"/>
        <source>Every agenda as its own PDF, the badges, signs, run sheets and master grid, calendar files, schedule.json and schedule.xlsx, into a folder you choose</source>
        <translation>Hver agenda som egen PDF, navneskilt, bordskilt, kjøreplaner og hovedoversikt, kalenderfiler, schedule.json og schedule.xlsx, til en mappe du velger</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="82"/>
        <source>Writes every agenda as its own PDF (in a folder &lt;i&gt;agendas&lt;/i&gt;), the badges, table signs, interpreter run sheets and master grid, a calendar file per organisation (in a folder &lt;i&gt;calendar&lt;/i&gt;), and the timetable as an Excel workbook and as schedule.json into a folder you choose.</source>
        <translation>Skriver hver agenda som egen PDF (i mappen &lt;i&gt;agendas&lt;/i&gt;), navneskilt, bordskilt, kjøreplaner for tolker og hovedoversikten, én kalenderfil per organisasjon (i mappen &lt;i&gt;calendar&lt;/i&gt;), og timeplanen som Excel-arbeidsbok og som schedule.json, til en mappe du velger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="104"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="119"/>
        <source>Export for the day</source>
        <translation>Eksporter for dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="137"/>
        <source>&amp;All agendas in one document</source>
        <translation>&amp;Alle agendaer i ett dokument</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="141"/>
        <source>&amp;One organisation&apos;s agenda</source>
        <translation>&amp;Én organisasjons agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="143"/>
        <source>&amp;Changed since last printed ({n})</source>
        <translation>&amp;Endret siden forrige utskrift ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="139"/>
        <source>Every organisation&apos;s agenda, each on its own pages, to print in one go</source>
        <translation>Agendaen til hver organisasjon, hver på egne sider, for utskrift i én omgang</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="147"/>
        <source>Only the agendas whose content changed since they were last printed, saved or exported, and those never printed: to reprint after a change of the timetable</source>
        <translation>Bare agendaene som er endret siden de sist ble skrevet ut, lagret eller eksportert, og de som aldri er skrevet ut: for ny utskrift etter en endring i timeplanen</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="152"/>
        <source>Every organisation</source>
        <translation>Alle organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="154"/>
        <source>The whole document, for every organisation, to print in one go</source>
        <translation>Hele dokumentet, for alle organisasjoner, for utskrift i én omgang</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="156"/>
        <source>One organisation only</source>
        <translation>Bare én organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="278"/>
        <source>Cannot note what was printed</source>
        <translation>Kan ikke registrere hva som ble skrevet ut</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="46"/>
        <source>A heading is read the same way in every sheet that has it. Greyed columns are not read.</source>
        <translation>En overskrift leses på samme måte i alle ark som har den. Grå kolonner leses ikke.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="91"/>
        <source>{sheet} (not read)</source>
        <translation>{sheet} (leses ikke)</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Arrived</source>
        <translation>Ankommet</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Expected</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="113"/>
        <source>All organisations</source>
        <translation>Alle organisasjoner</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="379"/>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="379"/>
        <source>not at the event</source>
        <translation>ikke på arrangementet</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="486"/>
        <source>Locked: keeps its time and table when the timetable is planned again</source>
        <translation>Låst: beholder tid og bord når timeplanen planlegges på nytt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="487"/>
        <source>Double-click to see it in the grid of all tables</source>
        <translation>Dobbeltklikk for å se møtet i oversikten over alle bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="495"/>
        <source>needed: {languages}</source>
        <translation>trenger tolk: {languages}</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Meetings from</source>
        <translation>Møter fra</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Meetings until</source>
        <translation>Møter til</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Breaks</source>
        <translation>Pauser</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="149"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="164"/>
        <source>Select the day to edit its breaks below</source>
        <translation>Velg dagen for å redigere pausene nedenfor</translation>
    </message>
</context>
<context>
    <name>DaysTab</name>
    <message>
        <location filename="../../app/ui/setup/days.py" line="32"/>
        <location filename="../../app/ui/setup/days.py" line="33"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="36"/>
        <source>Meetings last</source>
        <translation>Møtene varer</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="37"/>
        <source>Pause between meetings</source>
        <translation>Pause mellom møtene</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="42"/>
        <location filename="../../app/ui/setup/days.py" line="67"/>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="48"/>
        <source>&amp;Add a day</source>
        <translation>&amp;Legg til en dag</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="50"/>
        <source>&amp;Remove the day</source>
        <translation>Fjern &amp;dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="59"/>
        <source>Add a &amp;break</source>
        <translation>Legg &amp;til en pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="61"/>
        <source>Remove &amp;the break</source>
        <translation>F&amp;jern pausen</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="53"/>
        <source>Breaks and plenary sessions</source>
        <translation>Pauser og plenumsøkter</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="56"/>
        <source>Breaks</source>
        <translation>Pauser</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="76"/>
        <source>No meeting is planned during a break; a plenary session or a site visit is a break too. Double-click a time to change it.</source>
        <translation>Ingen møter planlegges i en pause; en plenumsøkt eller et bedriftsbesøk er også en pause. Dobbeltklikk på et klokkeslett for å endre det.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="88"/>
        <source>Breaks and plenary sessions on {day}</source>
        <translation>Pauser og plenumsøkter {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="90"/>
        <source>Breaks and plenary sessions (choose a day)</source>
        <translation>Pauser og plenumsøkter (velg en dag)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="114"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="44"/>
        <source>B2B meetings</source>
        <translation>B2B-møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="52"/>
        <source>Ch&amp;oose…</source>
        <translation>V&amp;elg…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="57"/>
        <source>Save as</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="81"/>
        <source>The event starts with {counts}.</source>
        <translation>Arrangementet starter med {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="95"/>
        <source>An event file of this name exists: it is started afresh with these registrations, and a copy of it as it is now is kept in its backups folder.</source>
        <translation>Det finnes allerede en arrangementsfil med dette navnet: den startes på nytt med disse påmeldingene, og en kopi av den slik den er nå, lagres i mappen for sikkerhetskopier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="118"/>
        <source>Choose where to save the event.</source>
        <translation>Velg hvor arrangementet skal lagres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="127"/>
        <source>This is the event open now: a new event would replace it and its timetable. Choose another name, or update the open event from the workbook (Import ▸ Update) instead.</source>
        <translation>Dette er arrangementet som er åpent nå: et nytt arrangement ville erstatte det og timeplanen. Velg et annet navn, eller oppdater heller det åpne arrangementet fra arbeidsboken (Import ▸ Oppdater).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="138"/>
        <source>Cannot create the event: {why}</source>
        <translation>Kan ikke opprette arrangementet: {why}</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/ui/print/documents.py" line="37"/>
        <location filename="../../app/ui/print/documents.py" line="81"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="45"/>
        <source>Badge layout</source>
        <translation>Navneskiltformat</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="53"/>
        <source>Printer offset to the right, mm</source>
        <translation>Skriverforskyvning mot høyre, mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="54"/>
        <source>Printer offset up, mm</source>
        <translation>Skriverforskyvning oppover, mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="56"/>
        <source>right</source>
        <translation>høyre</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="58"/>
        <source>up</source>
        <translation>opp</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="63"/>
        <source>Print the alignment sheet on plain paper and hold it against a sheet of labels: where the outlines miss the labels, move them by as many millimetres. The offset is kept with the event for this layout.</source>
        <translation>Skriv ut justeringsarket på vanlig papir og hold det mot et etikettark: der omrisset ikke treffer etikettene, flytter du det like mange millimeter. Forskyvningen lagres med arrangementet for dette formatet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="72"/>
        <source>Layout</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="74"/>
        <source>Offset</source>
        <translation>Forskyvning</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="211"/>
        <source>Change the printer offset</source>
        <translation>Endre skriverforskyvningen</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../../app/ui/session.py" line="65"/>
        <source>Work out the figures</source>
        <translation>Regn ut tallene</translation>
    </message>
    <message>
        <location filename="../../app/ui/session.py" line="71"/>
        <source>Cannot work out the figures</source>
        <translation>Kan ikke regne ut tallene</translation>
    </message>
    <message>
        <location filename="../../app/ui/session.py" line="196"/>
        <location filename="../../app/ui/session.py" line="292"/>
        <source>Cannot {what}</source>
        <translation>Kan ikke {what}</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="139"/>
        <source>New event</source>
        <translation>Nytt arrangement</translation>
    </message>
</context>
<context>
    <name>EventSettingsForm</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="36"/>
        <source>e.g. Innovation Park, Stavanger</source>
        <translation>f.eks. Innovation Park, Stavanger</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44"/>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="47"/>
        <source>&amp;Only meetings between groups (e.g. delegation and hosts)</source>
        <translation>&amp;Bare møter mellom grupper (f.eks. delegasjon og verter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="48"/>
        <source>&amp;Break from</source>
        <translation>P&amp;ause fra</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="59"/>
        <location filename="../../app/ui/dialogs.py" line="65"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="71"/>
        <source>Event name</source>
        <translation>Navn på arrangementet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="72"/>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="73"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="74"/>
        <source>Meetings from</source>
        <translation>Møter fra</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="75"/>
        <source>Meeting length</source>
        <translation>Møtelengde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="76"/>
        <source>Pause between meetings</source>
        <translation>Pause mellom møtene</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="78"/>
        <source>Tables</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>B2B meetings</source>
        <translation>B2B-møter</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <location filename="../../app/ui/setup/event.py" line="24"/>
        <location filename="../../app/ui/setup/event.py" line="43"/>
        <source>Event name</source>
        <translation>Navn på arrangementet</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="26"/>
        <source>e.g. Innovation Park, Stavanger</source>
        <translation>f.eks. Innovation Park, Stavanger</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="30"/>
        <location filename="../../app/ui/setup/event.py" line="34"/>
        <source> meetings</source>
        <translation> møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="30"/>
        <source>No limit</source>
        <translation>Ingen grense</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="32"/>
        <source>An organisation&apos;s own limit, from its registration, comes first</source>
        <translation>En organisasjons egen grense, fra påmeldingen, går foran</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="34"/>
        <source>No minimum</source>
        <translation>Ingen nedre grense</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="36"/>
        <source>Every organisation with wishes gets at least this many meetings, or all it asked for</source>
        <translation>Hver organisasjon med ønsker får minst så mange møter, eller alle den ba om</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="38"/>
        <source> meetings in a row</source>
        <translation> møter på rad</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="38"/>
        <source>No pause needed</source>
        <translation>Ingen pause nødvendig</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="40"/>
        <source>After this many meetings in a row, a participant gets at least one slot&apos;s pause</source>
        <translation>Etter så mange møter på rad får en deltaker en pause på minst én tidsluke</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="44"/>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="45"/>
        <source>Time zone</source>
        <translation>Tidssone</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="46"/>
        <source>Meetings per organisation</source>
        <translation>Møter per organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="49"/>
        <source>At most</source>
        <translation>Høyst</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="50"/>
        <source>At least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="51"/>
        <source>A pause after</source>
        <translation>Pause etter</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="59"/>
        <source>What the timetable aims for first (fairness, requests, compact days) is chosen on the Plan page.</source>
        <translation>Hva timeplanen prioriterer først (rettferdighet, forespørsler, kompakte dager), velges på siden Planlegg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="78"/>
        <source>{zone} (this computer&apos;s)</source>
        <translation>{zone} (denne datamaskinens)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="84"/>
        <source>Time zone of the venue</source>
        <translation>Tidssonen der arrangementet holdes</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="87"/>
        <source>Calendar files give the meeting times in this zone, so that they show right on every phone; leave it empty for this computer&apos;s own ({zone})</source>
        <translation>Kalenderfiler oppgir møtetidene i denne sonen, slik at de vises riktig på alle telefoner. La feltet stå tomt for å bruke datamaskinens egen ({zone})</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="97"/>
        <source>None: tables are shared</source>
        <translation>Ingen: bordene deles</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="102"/>
        <source>Every organisation of “{group}”</source>
        <translation>Alle organisasjoner i «{group}»</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/ui/print/export.py" line="63"/>
        <source>Exporting</source>
        <translation>Eksporterer</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="72"/>
        <source>Exporting to {folder}…</source>
        <translation>Eksporterer til {folder}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="89"/>
        <source>Writing file {done} of {total}…</source>
        <translation>Skriver fil {done} av {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="115"/>
        <source>The export did not finish.</source>
        <translation>Eksporten ble ikke fullført.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="117"/>
        <source>Cannot export</source>
        <translation>Kan ikke eksportere</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="127"/>
        <source>{file}: the timetable by time, by organisation and by table, and the unmet requests</source>
        <translation>{file}: timeplanen etter tid, organisasjon og bord, og forespørslene som ikke er oppfylt</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="129"/>
        <source>{file}: the timetable for other programs</source>
        <translation>{file}: timeplanen for andre programmer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="106"/>
        <source>Exported %n agendas to {folder}.</source>
        <translation>
            <numerusform>Eksporterte %n agenda til {folder}.</numerusform>
            <numerusform>Eksporterte %n agendaer til {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="124"/>
        <source>%n agendas, one PDF per organisation, in the folder &lt;i&gt;agendas&lt;/i&gt;</source>
        <translation>
            <numerusform>%n agenda, én PDF per organisasjon, i mappen &lt;i&gt;agendas&lt;/i&gt;</numerusform>
            <numerusform>%n agendaer, én PDF per organisasjon, i mappen &lt;i&gt;agendas&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="138"/>
        <source>%n calendar files, one per organisation, in the folder &lt;i&gt;calendar&lt;/i&gt;, to add the meetings to a calendar</source>
        <translation>
            <numerusform>%n kalenderfil, én per organisasjon, i mappen &lt;i&gt;calendar&lt;/i&gt;, for å legge møtene inn i en kalender</numerusform>
            <numerusform>%n kalenderfiler, én per organisasjon, i mappen &lt;i&gt;calendar&lt;/i&gt;, for å legge møtene inn i en kalender</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="145"/>
        <source>Written to {folder}:</source>
        <translation>Skrevet til {folder}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="152"/>
        <source>{file}: {document}</source>
        <translation>{file}: {document}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="159"/>
        <source>Export everything for the day to</source>
        <translation>Eksporter alt for dagen til</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="171"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="175"/>
        <source>Open folder</source>
        <translation>Åpne mappe</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="45"/>
        <source>The registrations file</source>
        <translation>Påmeldingsfilen</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="48"/>
        <source>&amp;Choose…</source>
        <translation>V&amp;elg…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="51"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="88"/>
        <source>Choose another file, or correct this one, save it and choose it again.</source>
        <translation>Velg en annen fil, eller rett denne, lagre den og velg den på nytt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/file.py" line="97"/>
        <source>{file}: {sheets} of %n sheets read.</source>
        <translation>
            <numerusform>{file}: {sheets} av %n ark lest.</numerusform>
            <numerusform>{file}: {sheets} av %n ark lest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/file.py" line="106"/>
        <source>%n problems stop the import for now; the next steps show where they are.</source>
        <translation>
            <numerusform>%n problem stopper importen inntil videre; de neste trinnene viser hvor det er.</numerusform>
            <numerusform>%n problemer stopper importen inntil videre; de neste trinnene viser hvor de er.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="108"/>
        <source>A problem stops the import for now; the next steps show where it is.</source>
        <translation>Et problem stopper importen inntil videre; de neste trinnene viser hvor det er.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="110"/>
        <source>Press Next to see how it was read.</source>
        <translation>Trykk Neste for å se hvordan filen ble lest.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="76"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisasjon</numerusform>
            <numerusform>%n organisasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="77"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n deltaker</numerusform>
            <numerusform>%n deltakere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="78"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n forespørsel</numerusform>
            <numerusform>%n forespørsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="81"/>
        <source>%n interpreters</source>
        <translation>
            <numerusform>%n tolk</numerusform>
            <numerusform>%n tolker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/common.py" line="82"/>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="317"/>
        <source>&lt;h2&gt;Import registrations&lt;/h2&gt;&lt;p&gt;MeetGrid reads the registrations from an Excel workbook (.xlsx, .xlsm) or a CSV file: the MeetGrid template with sheets of organisations, participants and requests, or a registration form&apos;s export with one row a person and the wishes typed in one cell.&lt;/p&gt;&lt;p&gt;Before anything is stored you see, step by step, which sheet is read as what, each sheet&apos;s first rows under the field each column becomes (correct any column MeetGrid guessed wrong), every problem with its row, and the names it had to guess, to confirm.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Importer påmeldinger&lt;/h2&gt;&lt;p&gt;MeetGrid leser påmeldingene fra en Excel-arbeidsbok (.xlsx, .xlsm) eller en CSV-fil: MeetGrid-malen med ark for organisasjoner, deltakere og forespørsler, eller en eksport fra et påmeldingsskjema med én rad per person og ønskene skrevet i én celle.&lt;/p&gt;&lt;p&gt;Før noe lagres, ser du trinn for trinn hvilket ark som leses som hva, de første radene i hvert ark under feltet hver kolonne blir til (rett opp kolonner MeetGrid har gjettet feil), alle problemer med tilhørende rad, og navnene MeetGrid måtte gjette, slik at du kan bekrefte dem.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="328"/>
        <source>&amp;New event from registrations…</source>
        <translation>&amp;Nytt arrangement fra påmeldinger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="333"/>
        <source>&amp;Update from a changed workbook…</source>
        <translation>&amp;Oppdater fra en endret arbeidsbok…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="362"/>
        <source>&lt;p&gt;When registrations change after the import, read the changed workbook into &lt;b&gt;{event}&lt;/b&gt;: you see every difference before it is applied; your own edits and the meetings of those who stay are kept, and Undo takes the update back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Når påmeldingene endres etter importen, kan du lese den endrede arbeidsboken inn i &lt;b&gt;{event}&lt;/b&gt;: du ser alle forskjeller før de tas i bruk. Dine egne endringer og møtene til dem som blir værende, beholdes, og Angre tar oppdateringen tilbake.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="105"/>
        <source>Update the event from a changed workbook</source>
        <translation>Oppdater arrangementet fra en endret arbeidsbok</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="107"/>
        <source>New event from registrations</source>
        <translation>Nytt arrangement fra påmeldinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="112"/>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="112"/>
        <source>&amp;Create the event</source>
        <translation>&amp;Opprett arrangementet</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="166"/>
        <source>Import registrations</source>
        <translation>Importer påmeldinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="172"/>
        <source>Save the event as</source>
        <translation>Lagre arrangementet som</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="230"/>
        <source>Reading the registrations</source>
        <translation>Leser påmeldingene</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="251"/>
        <source>Cannot import the registrations</source>
        <translation>Kan ikke importere påmeldingene</translation>
    </message>
</context>
<context>
    <name>InterpreterDayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="128"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="128"/>
        <source>New interpreter</source>
        <translation>Ny tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="134"/>
        <source>e.g. Chinese, Norwegian, English</source>
        <translation>f.eks. kinesisk, norsk, engelsk</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="135"/>
        <source>Fr&amp;om</source>
        <translation>Fr&amp;a</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="136"/>
        <source>&amp;Until</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="156"/>
        <source>e.g. 12:00-12:45, 15:15-15:45</source>
        <translation>f.eks. 12:00-12:45, 15:15-15:45</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="157"/>
        <source>Times of every day when the interpreter is not there</source>
        <translation>Tidspunkter hver dag da tolken ikke er til stede</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="159"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="160"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="161"/>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="162"/>
        <source>Away</source>
        <translation>Ikke til stede</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="163"/>
        <source>Leave both times unticked when the interpreter is there all day.</source>
        <translation>La begge tidspunktene stå uavkrysset når tolken er til stede hele dagen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="188"/>
        <source>The interpreter must be there until after they arrive.</source>
        <translation>Tidspunktet i «Til» må være senere enn tidspunktet i «Fra».</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="194"/>
        <source>&apos;{part}&apos; is not a span of time; write it like 12:00-12:45, several separated by commas.</source>
        <translation>«{part}» er ikke et tidsrom. Skriv det som 12:00-12:45, og skill flere med komma.</translation>
    </message>
</context>
<context>
    <name>InterpretersModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="351"/>
        <source>from {time}</source>
        <translation>fra {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="353"/>
        <source>until {time}</source>
        <translation>til {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="354"/>
        <source>all day</source>
        <translation>hele dagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="361"/>
        <source>, away {spans}</source>
        <translation>, ikke til stede {spans}</translation>
    </message>
</context>
<context>
    <name>InterpretersTab</name>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="46"/>
        <source>Interpreters</source>
        <translation>Tolker</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="49"/>
        <source>&amp;Add an interpreter…</source>
        <translation>&amp;Legg til en tolk…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="51"/>
        <source>&amp;Change…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="55"/>
        <source>&amp;Remove</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="59"/>
        <source>Preferred: such meetings go ahead; interpreters are named where they are free</source>
        <translation>Foretrukket: slike møter holdes; tolker tildeles der de er ledige</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="63"/>
        <source>Required: such a meeting takes place only with an interpreter</source>
        <translation>Påkrevd: et slikt møte holdes bare med tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="66"/>
        <location filename="../../app/ui/setup/interpreters.py" line="69"/>
        <source>Meetings without a shared language</source>
        <translation>Møter uten felles språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="75"/>
        <source>Organisations that share no language need someone who speaks a language of each: an interpreter listed here (one meeting at a time), or one of their own people who speaks both. Without interpreters listed, such meetings are planned and marked as needing interpreting, so you see how many to book.</source>
        <translation>Organisasjoner uten felles språk trenger noen som snakker et språk fra hver av dem: en tolk oppført her (ett møte om gangen), eller en av deres egne som snakker begge. Er ingen tolker oppført, planlegges slike møter og merkes med behov for tolk, slik at du ser hvor mange du må bestille.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Åpne arrangement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>Open &amp;shared event…</source>
        <translation>Åpne &amp;delt arrangement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>An event on a PostgreSQL server, which several desks work on (meetgrid share puts it there)</source>
        <translation>Et arrangement på en PostgreSQL-server som flere skranker jobber med (meetgrid share legger det der)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>&amp;New event from workbook…</source>
        <translation>&amp;Nytt arrangement fra arbeidsbok…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;Plan timetable</source>
        <translation>&amp;Planlegg timeplanen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Cancel planning</source>
        <translation>&amp;Avbryt planleggingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>&amp;Export everything…</source>
        <translation>&amp;Eksporter alt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Every agenda as its own PDF, schedule.json and schedule.xlsx, into a folder you choose</source>
        <translation>Hver agenda som egen PDF, schedule.json og schedule.xlsx, til en mappe du velger</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Show the Print and export page and print the document previewed there</source>
        <translation>Vis siden «Skriv ut og eksporter» og skriv ut dokumentet som forhåndsvises der</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Save a blank &amp;registration workbook…</source>
        <translation>Lagre en tom &amp;påmeldingsarbeidsbok…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>The MeetGrid layout with instructions, to send to the participants</source>
        <translation>MeetGrid-malen med veiledning, som du kan sende til deltakerne</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <location filename="../../app/ui/main_window.py" line="810"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <location filename="../../app/ui/main_window.py" line="813"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;Lock or unlock meetings</source>
        <translation>&amp;Lås eller lås opp møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>A locked meeting keeps its time and table when the timetable is planned again</source>
        <translation>Et låst møte beholder tid og bord når timeplanen planlegges på nytt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>&amp;Plan</source>
        <translation>&amp;Planlegg</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Exporting to {folder}…</source>
        <translation>Eksporterer til {folder}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>Event setup</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="265"/>
        <source>Requests</source>
        <translation>Forespørsler</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Plan</source>
        <translation>Planlegg</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Timetable</source>
        <translation>Timeplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>Statistics</source>
        <translation>Statistikk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269"/>
        <source>Check-in</source>
        <translation>Innsjekking</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Outcomes</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>Print and export</source>
        <translation>Skriv ut og eksporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="576"/>
        <source>Updated from the workbook: %n changes; plan again to use them. Undo takes them back.</source>
        <translation>
            <numerusform>Oppdatert fra arbeidsboken: %n endring. Planlegg på nytt for å ta den i bruk. Angre tar den tilbake.</numerusform>
            <numerusform>Oppdatert fra arbeidsboken: %n endringer. Planlegg på nytt for å ta dem i bruk. Angre tar dem tilbake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="612"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisasjon</numerusform>
            <numerusform>%n organisasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="613"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="614"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="615"/>
        <source>{met} of %n requests met</source>
        <translation>
            <numerusform>{met} av %n forespørsel oppfylt</numerusform>
            <numerusform>{met} av %n forespørsler oppfylt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="712"/>
        <source>Planned %n meetings in {s} s: {status}</source>
        <translation>
            <numerusform>Planla %n møte på {s} s: {status}</numerusform>
            <numerusform>Planla %n møter på {s} s: {status}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="759"/>
        <source>Preparing the document to print…</source>
        <translation>Forbereder dokumentet for utskrift…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="794"/>
        <source>Exported %n agendas to {folder}</source>
        <translation>
            <numerusform>Eksporterte %n agenda til {folder}</numerusform>
            <numerusform>Eksporterte %n agendaer til {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>&amp;Board for the hall</source>
        <translation>&amp;Tavle for salen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>The clock, the running round and the next round&apos;s tables, full screen on a second screen</source>
        <translation>Klokken, runden som pågår og bordene for neste runde, i fullskjerm på en ekstra skjerm</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <location filename="../../app/ui/main_window.py" line="304"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemets språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Planning in progress</source>
        <translation>Planlegging pågår</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>Wait for planning to finish or cancel it, then choose the language again.</source>
        <translation>Vent til planleggingen er ferdig, eller avbryt den, og velg så språket på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="411"/>
        <source>Open event</source>
        <translation>Åpne arrangement</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="417"/>
        <source>Open shared event</source>
        <translation>Åpne delt arrangement</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>The event&apos;s address on the server, for example
postgresql+psycopg://desk@venue-laptop/b2b?event=stavanger-2026
(the password comes from PGPASSWORD or ~/.pgpass, never from here)</source>
        <translation>Arrangementets adresse på serveren, for eksempel
postgresql+psycopg://desk@venue-laptop/b2b?event=stavanger-2026
(passordet hentes fra PGPASSWORD eller ~/.pgpass, aldri herfra)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>Export agendas and timetable to</source>
        <translation>Eksporter agendaer og timeplan til</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432"/>
        <source>Save a blank registration workbook</source>
        <translation>Lagre en tom påmeldingsarbeidsbok</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>Cannot save the workbook</source>
        <translation>Kan ikke lagre arbeidsboken</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Saved the blank registration workbook {path}</source>
        <translation>Lagret den tomme påmeldingsarbeidsboken {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Cannot open the event</source>
        <translation>Kan ikke åpne arrangementet</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="489"/>
        <source>A shared event&apos;s address starts with postgresql+psycopg:// — {url} does not.</source>
        <translation>Adressen til et delt arrangement begynner med postgresql+psycopg:// — det gjør ikke {url}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Wait for planning to finish or cancel it.</source>
        <translation>Vent til planleggingen er ferdig, eller avbryt den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522"/>
        <source>This event was saved by an older MeetGrid and has been upgraded; the file as it was is kept in {path}</source>
        <translation>Dette arrangementet ble lagret av en eldre MeetGrid og er oppgradert; filen slik den var, er lagret i {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="637"/>
        <source>Change what matters most</source>
        <translation>Endre hva som er viktigst</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="659"/>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="671"/>
        <source>No timetable can keep every agreed or locked meeting and rule; nothing changed.</source>
        <translation>Ingen timeplan kan overholde alle regler og beholde alle avtalte eller låste møter; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="681"/>
        <source>Take one of these agreed meetings out (Requests page), let the organisations stay longer, or give the event more slots or tables, and plan again.</source>
        <translation>Ta ut ett av disse avtalte møtene (siden Forespørsler), la organisasjonene bli lenger, eller gi arrangementet flere tidsluker eller bord, og planlegg på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="685"/>
        <source>Unlock or move one of the locked meetings, or lower a minimum, and plan again.</source>
        <translation>Lås opp eller flytt ett av de låste møtene, eller senk et minimum, og planlegg på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="688"/>
        <source>Lower the minimum number of meetings (Event setup, or the organisations&apos; own minimum), or give the event more slots or tables, and plan again.</source>
        <translation>Senk minste antall møter (Oppsett, eller organisasjonenes eget minimum), eller gi arrangementet flere tidsluker eller bord, og planlegg på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="693"/>
        <source>No timetable possible</source>
        <translation>Ingen timeplan mulig</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="694"/>
        <source>No timetable can keep all of these together:</source>
        <translation>Ingen timeplan kan oppfylle alt dette samtidig:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="702"/>
        <source>Planning stopped before a timetable was found; nothing changed.</source>
        <translation>Planleggingen stoppet før en timeplan ble funnet; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="705"/>
        <source>Plan the timetable</source>
        <translation>Planlegge timeplanen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="723"/>
        <source>Planning failed; nothing changed.</source>
        <translation>Planleggingen mislyktes; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="725"/>
        <source>Planning failed</source>
        <translation>Planleggingen mislyktes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="786"/>
        <source>An export is still running; wait for it to finish.</source>
        <translation>En eksport pågår fortsatt; vent til den er ferdig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="810"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Angre: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="813"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gjør om: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="890"/>
        <source>The server answers again.</source>
        <translation>Serveren svarer igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="896"/>
        <source>Another desk&apos;s changes are shown.</source>
        <translation>Endringer fra en annen skranke vises.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="902"/>
        <source>The server cannot be reached; the event is shown as last read, and MeetGrid keeps trying.</source>
        <translation>Serveren kan ikke nås. Arrangementet vises slik det sist ble lest, og MeetGrid fortsetter å prøve.</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="414"/>
        <source>Typed</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="415"/>
        <source>Read as</source>
        <translation>Lest som</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="416"/>
        <source>Alike</source>
        <translation>Likhet</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="417"/>
        <source>First typed at</source>
        <translation>Først skrevet i</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="418"/>
        <source>Times</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="448"/>
        <source>row {n}</source>
        <translation>rad {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="450"/>
        <source>column {c}</source>
        <translation>kolonne {c}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="470"/>
        <source>(none given)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="484"/>
        <source>%n requests to {name}</source>
        <translation>
            <numerusform>%n forespørsel til {name}</numerusform>
            <numerusform>%n forespørsler til {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="487"/>
        <source>%n requests from {name}</source>
        <translation>
            <numerusform>%n forespørsel fra {name}</numerusform>
            <numerusform>%n forespørsler fra {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="516"/>
        <source>%n requests from {row} to {column}</source>
        <translation>
            <numerusform>%n forespørsel fra {row} til {column}</numerusform>
            <numerusform>%n forespørsler fra {row} til {column}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="505"/>
        <source>{n} · {met} met</source>
        <translation>{n} · {met} oppfylt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="521"/>
        <source>, {met} of them met</source>
        <translation>, {met} av dem oppfylt</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="41"/>
        <source>groups</source>
        <translation>grupper</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="42"/>
        <source>countries</source>
        <translation>land</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="45"/>
        <source>Requests from</source>
        <translation>Forespørsler fra</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="47"/>
        <source>(rows) to</source>
        <translation>(rader) til</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="49"/>
        <source>(columns)</source>
        <translation>(kolonner)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="55"/>
        <source>Requests between groups</source>
        <translation>Forespørsler mellom grupper</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="88"/>
        <source>Requests of the chosen cell</source>
        <translation>Forespørsler i valgt celle</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="127"/>
        <source>Click a cell to list its requests.</source>
        <translation>Klikk på en celle for å liste forespørslene i den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="131"/>
        <source>No requests yet. Add wishes on the &apos;By organisation&apos; tab, or accept suggested pairs.</source>
        <translation>Ingen forespørsler ennå. Legg til ønsker på fanen «Etter organisasjon», eller godta foreslåtte par.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="139"/>
        <source>Each cell counts the requests from organisations of its row to organisations of its column{met}; the deeper the colour, the more requests. Click a cell to list them.</source>
        <translation>Hver celle teller forespørslene fra organisasjonene i raden til organisasjonene i kolonnen{met}. Jo sterkere farge, desto flere forespørsler. Klikk på en celle for å liste dem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="141"/>
        <source>, and how many the timetable meets</source>
        <translation>, og hvor mange timeplanen oppfyller</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/matrix.py" line="161"/>
        <source>%n requests from {row} to {column}</source>
        <translation>
            <numerusform>%n forespørsel fra {row} til {column}</numerusform>
            <numerusform>%n forespørsler fra {row} til {column}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/names.py" line="58"/>
        <source>%n names were matched approximately; {a} of them are read as shown.</source>
        <translation>
            <numerusform>%n navn ble tilnærmet gjenkjent; {a} av dem leses som vist.</numerusform>
            <numerusform>%n navn ble tilnærmet gjenkjent; {a} av dem leses som vist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationListModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="151"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="152"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="153"/>
        <source>Wishes</source>
        <translation>Ønsker</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="154"/>
        <source>Wished by</source>
        <translation>Ønsket av</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="185"/>
        <source>How many organisations it wishes to meet</source>
        <translation>Hvor mange organisasjoner den ønsker å møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="187"/>
        <source>How many organisations wish to meet it</source>
        <translation>Hvor mange organisasjoner som ønsker å møte den</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="205"/>
        <source>Interests: </source>
        <translation>Interesser: </translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="27"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="28"/>
        <source>Local name</source>
        <translation>Lokalt navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="29"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="30"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="31"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="32"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="33"/>
        <source>Interests</source>
        <translation>Interesser</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="240"/>
        <source>Search names, countries, interests, people…</source>
        <translation>Søk etter navn, land, interesser, personer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="242"/>
        <source>Search organisations</source>
        <translation>Søk i organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="245"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="246"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="247"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="249"/>
        <source>Only the organisations that hold no meeting</source>
        <translation>Bare organisasjonene som ikke har noe møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="260"/>
        <source>Organisations shown</source>
        <translation>Viste organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="264"/>
        <source>An organisation that registered after the import, and its people</source>
        <translation>En organisasjon som meldte seg på etter importen, med personene sine</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="282"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="248"/>
        <source>&amp;No meetings yet</source>
        <translation>&amp;Ingen møter ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="251"/>
        <source>&amp;Clear filters</source>
        <translation>F&amp;jern filtre</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="262"/>
        <source>&amp;Add a late registration…</source>
        <translation>&amp;Legg til en sen påmelding…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="267"/>
        <source>&amp;Remove organisation…</source>
        <translation>Fjern &amp;organisasjon…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="289"/>
        <source>A&amp;dd person…</source>
        <translation>Legg &amp;til person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="291"/>
        <source>Re&amp;move person…</source>
        <translation>Fj&amp;ern person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="298"/>
        <source>People of the selected organisation</source>
        <translation>Personer i den valgte organisasjonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="309"/>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="329"/>
        <source>Planning in progress: changes wait until it has finished.</source>
        <translation>Planlegging pågår: endringene venter til den er ferdig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="345"/>
        <source>No event open</source>
        <translation>Ikke noe arrangement er åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="349"/>
        <source>Open an event or import registrations: this page lists the organisations and their people, to search, correct, and add late registrations.</source>
        <translation>Åpne et arrangement eller importer påmeldinger: denne siden viser organisasjonene og personene deres, slik at du kan søke, rette og legge til sene påmeldinger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="367"/>
        <source>{name} filter</source>
        <translation>Filter for {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="416"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="418"/>
        <source>All countries</source>
        <translation>Alle land</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="422"/>
        <source>All interests</source>
        <translation>Alle interesser</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="448"/>
        <source>(none given)</source>
        <translation>(ikke oppgitt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="473"/>
        <source>Showing {shown} of %n organisations</source>
        <translation>
            <numerusform>Viser {shown} av %n organisasjon</numerusform>
            <numerusform>Viser {shown} av %n organisasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="475"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organisasjon</numerusform>
            <numerusform>%n organisasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="589"/>
        <source>its %n people</source>
        <translation>
            <numerusform>den ene personen</numerusform>
            <numerusform>de %n personene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="592"/>
        <source>its %n meetings</source>
        <translation>
            <numerusform>det ene møtet</numerusform>
            <numerusform>de %n møtene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="736"/>
        <source>{person} is on %n meetings. They stay in the timetable, without {person}.</source>
        <translation>
            <numerusform>{person} er med på %n møte. Møtet blir stående i timeplanen, uten {person}.</numerusform>
            <numerusform>{person} er med på %n møter. Møtene blir stående i timeplanen, uten {person}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="548"/>
        <source>Select an organisation to see its people</source>
        <translation>Velg en organisasjon for å se personene i den</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="551"/>
        <source>People of {name}</source>
        <translation>Personer fra {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="622"/>
        <location filename="../../app/ui/organisations_page.py" line="635"/>
        <source>Change {field} of {name}</source>
        <translation>Endre {field} for {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="666"/>
        <source>Register {name}</source>
        <translation>Registrer {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="686"/>
        <source>Remove {name} from the event?</source>
        <translation>Fjerne {name} fra arrangementet?</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="691"/>
        <source>This also removes {what}.</source>
        <translation>Dette fjerner også {what}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="691"/>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="694"/>
        <source>It holds no meetings.</source>
        <translation>Den har ingen møter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="695"/>
        <source>Edit ▸ Undo brings it all back.</source>
        <translation>Rediger ▸ Angre henter alt tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="696"/>
        <source>Remove an organisation</source>
        <translation>Fjern en organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="696"/>
        <location filename="../../app/ui/organisations_page.py" line="740"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="702"/>
        <source>Remove {name}</source>
        <translation>Fjern {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="718"/>
        <source>Add {person} to {name}</source>
        <translation>Legg til {person} i {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="739"/>
        <source>Remove {person}?</source>
        <translation>Fjerne {person}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="745"/>
        <source>Remove {person}</source>
        <translation>Fjern {person}</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="52"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="53"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="54"/>
        <location filename="../../app/ui/outcomes_page.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="56"/>
        <source>Held</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="57"/>
        <source>Who was missing</source>
        <translation>Hvem manglet</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="58"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="59"/>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="60"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="64"/>
        <source>held</source>
        <translation>gjennomført</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="65"/>
        <source>not held</source>
        <translation>ikke gjennomført</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="215"/>
        <source>Outcomes of the meetings</source>
        <translation>Resultater av møtene</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="230"/>
        <source>&amp;Write blank feedback workbook…</source>
        <translation>&amp;Lag tom arbeidsbok for tilbakemeldinger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="231"/>
        <source>&amp;Import feedback…</source>
        <translation>&amp;Importer tilbakemeldinger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="232"/>
        <source>Wri&amp;te the report…</source>
        <translation>L&amp;ag rapporten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="241"/>
        <source>Outcomes</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="244"/>
        <source>What came of each meeting: double-click a cell to record it, or hand out the feedback workbook and import it when filled in. Undo takes back any change.</source>
        <translation>Hva hvert møte førte til: dobbeltklikk på en celle for å registrere det, eller del ut arbeidsboken for tilbakemeldinger og importer den når den er fylt ut. Angre tar tilbake enhver endring.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="266"/>
        <source>{planned} meetings: {held} held, {not_held} not held, {unknown} unknown; {follow} follow-ups</source>
        <translation>{planned} møter: {held} gjennomført, {not_held} ikke gjennomført, {unknown} ukjent; {follow} oppfølginger</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="278"/>
        <location filename="../../app/ui/outcomes_page.py" line="283"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="283"/>
        <source>Import feedback</source>
        <translation>Importer tilbakemeldinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="288"/>
        <source>Write the report to</source>
        <translation>Lagre rapporten som</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="303"/>
        <source>Record the outcome of {a} – {b}</source>
        <translation>Registrer resultatet av {a} – {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="323"/>
        <source>Write the feedback workbook</source>
        <translation>Lagre arbeidsboken for tilbakemeldinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="332"/>
        <source>Cannot write the feedback workbook</source>
        <translation>Kan ikke lagre arbeidsboken for tilbakemeldinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="335"/>
        <source>Feedback workbook</source>
        <translation>Arbeidsbok for tilbakemeldinger</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="335"/>
        <source>Wrote {path}</source>
        <translation>Lagret {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="349"/>
        <source>Import feedback from {name}</source>
        <translation>Importer tilbakemeldinger fra {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="353"/>
        <source>Rows with answers: {rows}; left empty: {empty}; outcomes changed: {changed}.</source>
        <translation>Rader med svar: {rows}; tomme: {empty}; resultater endret: {changed}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="359"/>
        <source>Not read:</source>
        <translation>Ikke lest:</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="363"/>
        <source>Feedback imported</source>
        <translation>Tilbakemeldinger importert</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="376"/>
        <source>Cannot write the report</source>
        <translation>Kan ikke lagre rapporten</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="380"/>
        <source>Report written</source>
        <translation>Rapporten er lagret</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="381"/>
        <source>Wrote {pdf} and {xlsx}</source>
        <translation>Lagret {pdf} og {xlsx}</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="255"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="256"/>
        <source>Name in own script</source>
        <translation>Navn i egen skrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="257"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="258"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="259"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="260"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="261"/>
        <source>Check-in code</source>
        <translation>Innsjekkingskode</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="323"/>
        <source>The check-in code on the badge and agenda; Ctrl+C copies it</source>
        <translation>Innsjekkingskoden på navneskiltet og agendaen; Ctrl+C kopierer den</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="29"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="30"/>
        <source>Name in own script</source>
        <translation>Navn i egen skrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="32"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="81"/>
        <source>arrived {time}</source>
        <translation>kom {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="83"/>
        <source>leaves {time}</source>
        <translation>går {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="86"/>
        <source>absent</source>
        <translation>fraværende</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="89"/>
        <source>expected from {time}</source>
        <translation>ventes fra {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="91"/>
        <source>expected, absent from {time}</source>
        <translation>ventes, fraværende fra {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="92"/>
        <source>expected</source>
        <translation>ventes</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="186"/>
        <source>Add a person to {name}</source>
        <translation>Legg til en person i {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="192"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/plan_page.py" line="55"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="56"/>
        <location filename="../../app/ui/plan_page.py" line="100"/>
        <source>Time limit</source>
        <translation>Tidsgrense</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="59"/>
        <source>How long the planner may search; the best timetable found by then is kept</source>
        <translation>Hvor lenge planleggeren får søke; den beste timeplanen som er funnet innen da, beholdes</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="63"/>
        <source>What matters most, in order</source>
        <translation>Hva som betyr mest, i rekkefølge</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="83"/>
        <source>By default planning the same event twice gives the same timetable. At full speed the planner uses the whole time limit as fast as it can, and results may differ between runs.</source>
        <translation>Som standard gir samme arrangement samme timeplan hver gang det planlegges. I full fart bruker planleggeren hele tidsgrensen så raskt den kan, og resultatet kan variere fra gang til gang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="88"/>
        <source>&amp;Agreed meetings: every request must take place</source>
        <translation>&amp;Avtalte møter: hver forespørsel må gjennomføres</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="91"/>
        <source>For a day whose meetings were requested and accepted on a matchmaking platform: every request is a meeting both sides agreed to. Each one gets a time and a table, with as few idle gaps as possible for anyone; when they cannot all take place, MeetGrid names the few that cannot be held together. Without it, only requests marked agreed must take place.</source>
        <translation>For en dag der møtene er forespurt og akseptert på en matchmakingplattform: hver forespørsel er et møte begge parter har avtalt. Hvert møte får et tidspunkt og et bord, med minst mulig ventetid for alle; når ikke alle kan gjennomføres, peker MeetGrid ut de få som ikke lar seg kombinere. Uten dette må bare forespørsler merket som avtalt gjennomføres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="102"/>
        <source>What matters most, first</source>
        <translation>Det viktigste først</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="66"/>
        <source>&amp;Move up</source>
        <translation>Flytt &amp;opp</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="67"/>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="70"/>
        <source>&amp;Usual order</source>
        <translation>V&amp;anlig rekkefølge</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="80"/>
        <source>Full &amp;speed (the same event may give another timetable)</source>
        <translation>Full fart (&amp;samme arrangement kan gi en annen timeplan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="105"/>
        <source>Plan &amp;the timetable</source>
        <translation>Planlegg &amp;timeplanen</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="108"/>
        <source>&amp;Cancel and keep the best so far</source>
        <translation>Avbryt og &amp;behold det beste så langt</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="110"/>
        <source>See the t&amp;imetable</source>
        <translation>S&amp;e timeplanen</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="117"/>
        <source>Planner settings</source>
        <translation>Innstillinger for planleggingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="134"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="173"/>
        <source>Fairness: every organisation gets meetings, the worst-off first</source>
        <translation>Rettferdighet: alle organisasjoner får møter, de dårligst stilte først</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="174"/>
        <source>Requests: as many wished-for meetings as possible, mutual ones first</source>
        <translation>Forespørsler: flest mulig ønskede møter, gjensidige først</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="175"/>
        <source>Compact days: few idle gaps between an organisation&apos;s meetings</source>
        <translation>Kompakte dager: lite ventetid mellom en organisasjons møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="177"/>
        <source>Interpreters: as many meetings without a shared language as possible get one</source>
        <translation>Tolker: flest mulig møter uten felles språk får tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="225"/>
        <source>Open or import an event first.</source>
        <translation>Åpne eller importer et arrangement først.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="245"/>
        <source>Look at this before printing the agendas:</source>
        <translation>Sjekk dette før du skriver ut agendaene:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="249"/>
        <source>Not planned yet</source>
        <translation>Ikke planlagt ennå</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="252"/>
        <source>{orgs} organisations have asked for %n meetings. Choose how long the planner may search and what matters most, then plan.</source>
        <translation>
            <numerusform>{orgs} organisasjoner har bedt om %n møte. Velg hvor lenge planleggeren skal søke og hva som betyr mest, og planlegg så.</numerusform>
            <numerusform>{orgs} organisasjoner har bedt om %n møter. Velg hvor lenge planleggeren skal søke og hva som betyr mest, og planlegg så.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="264"/>
        <source>{meetings}; {requests}</source>
        <translation>{meetings}; {requests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="265"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="268"/>
        <source>{met} of %n requests met</source>
        <translation>
            <numerusform>{met} av %n forespørsel oppfylt</numerusform>
            <numerusform>{met} av %n forespørsler oppfylt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="284"/>
        <source>%n requests could not be met (see the Timetable page for each one):</source>
        <translation>
            <numerusform>%n forespørsel kunne ikke oppfylles (se Timeplan-siden):</numerusform>
            <numerusform>%n forespørsler kunne ikke oppfylles (se Timeplan-siden for hver enkelt):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="297"/>
        <source>%n meetings need interpreting:</source>
        <translation>
            <numerusform>%n møte trenger tolk:</numerusform>
            <numerusform>%n møter trenger tolk:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="321"/>
        <source>Only {n} meetings planned for %n requested pairs — see the warnings above</source>
        <translation>
            <numerusform>Bare {n} møter planlagt for %n forespurt par — se advarslene over</numerusform>
            <numerusform>Bare {n} møter planlagt for %n forespurte par — se advarslene over</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="262"/>
        <source>Changed by hand since it was planned</source>
        <translation>Endret manuelt etter planleggingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="272"/>
        <source>Planned {when} in {s} s</source>
        <translation>Planlagt {when} på {s} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="278"/>
        <source>When planned: {verdict}</source>
        <translation>Ved planleggingen: {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="289"/>
        <source>{reason}: {n} — {advice}</source>
        <translation>{reason}: {n} — {advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="306"/>
        <source>The best possible timetable under the rules you set</source>
        <translation>Den best mulige timeplanen innenfor reglene du har satt</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="308"/>
        <source>A good timetable, not proven the best (the planner ran out of time)</source>
        <translation>En god timeplan, men ikke bevist å være den beste (planleggeren gikk tom for tid)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="310"/>
        <source>No timetable can keep every agreed or locked meeting and rule</source>
        <translation>Ingen timeplan kan overholde alle avtalte eller låste møter og alle regler</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="311"/>
        <source>No timetable found in the time given</source>
        <translation>Fant ingen timeplan innen tidsgrensen</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="319"/>
        <source>No meetings planned — see the warnings above</source>
        <translation>Ingen møter planlagt — se advarslene over</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="367"/>
        <source>Planning… {s} s</source>
        <translation>Planlegger… {s} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="371"/>
        <source>fairness level</source>
        <translation>rettferdighetsnivå</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="372"/>
        <source>requests</source>
        <translation>forespørsler</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="373"/>
        <source>idle gaps</source>
        <translation>ventetid</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="374"/>
        <source>meetings with an interpreter</source>
        <translation>møter med tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="376"/>
        <source>, {stage}: best {value}</source>
        <translation>, {stage}: beste {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="380"/>
        <source>, within {gap} % of the best possible</source>
        <translation>, innenfor {gap} % av det best mulige</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="402"/>
        <source>Planning…</source>
        <translation>Planlegger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="403"/>
        <source>Looking for a first timetable.</source>
        <translation>Leter etter en første timeplan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="410"/>
        <source>Planning… {s} s, now improving {tier}</source>
        <translation>Planlegger… {s} s, forbedrer nå {tier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="416"/>
        <source>best so far {value}</source>
        <translation>beste hittil {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="418"/>
        <source>best possible {value}</source>
        <translation>best mulig {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="431"/>
        <source>No timetable can keep all of these together:</source>
        <translation>Ingen timeplan kan få med alle disse samtidig:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="437"/>
        <source>Stopped: the best timetable found so far is kept</source>
        <translation>Stoppet: den beste timeplanen hittil beholdes</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="439"/>
        <source>Stopped before a timetable was found; nothing changed</source>
        <translation>Stoppet før en timeplan ble funnet; ingenting er endret</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="443"/>
        <source>Planning failed; the timetable is as it was</source>
        <translation>Planleggingen mislyktes; timeplanen er som før</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="265"/>
        <source>Read as</source>
        <translation>Lest som</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="269"/>
        <source>Row {n} of the sheet</source>
        <translation>Rad {n} i arket</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="305"/>
        <source>Not read: {why}</source>
        <translation>Ikke lest: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="307"/>
        <source>Read as you chose</source>
        <translation>Lest slik du valgte</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="308"/>
        <source>What MeetGrid reads from this column; choose another field to correct it</source>
        <translation>Hva MeetGrid leser fra denne kolonnen; velg et annet felt for å rette det</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../app/ui/print/preview.py" line="63"/>
        <source>Print the document shown, or some of its pages</source>
        <translation>Skriv ut dokumentet som vises, eller noen av sidene</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="66"/>
        <source>Save the document shown as a PDF file</source>
        <translation>Lagre dokumentet som vises, som PDF-fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="73"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="74"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="76"/>
        <location filename="../../app/ui/print/preview.py" line="77"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="82"/>
        <source>Fit width</source>
        <translation>Tilpass bredde</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="82"/>
        <source>Fit the page width</source>
        <translation>Tilpass til sidebredden</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="85"/>
        <source>Fit page</source>
        <translation>Hel side</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="85"/>
        <source>Show a whole page at once</source>
        <translation>Vis en hel side om gangen</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="90"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="93"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="100"/>
        <location filename="../../app/ui/print/preview.py" line="134"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="62"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="65"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Lagre PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="119"/>
        <source>&amp;Cancel printing</source>
        <translation>&amp;Avbryt utskriften</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="146"/>
        <source>&amp;Try again</source>
        <translation>Prøv &amp;igjen</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="228"/>
        <source>Preparing the preview</source>
        <translation>Forbereder forhåndsvisningen</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="239"/>
        <source>No timetable yet</source>
        <translation>Ingen timeplan ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="242"/>
        <source>Plan the timetable of {event} first: the {document} are made of it. The badges and the badge alignment sheet can be printed already.</source>
        <translation>Planlegg timeplanen for {event} først: {document} lages ut fra den. Navneskiltene og justeringsarket for navneskilt kan allerede skrives ut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="259"/>
        <source>Nothing changed since the last printing</source>
        <translation>Ingenting er endret siden forrige utskrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="262"/>
        <source>Every agenda shows what was last printed, saved or exported for its organisation. After a change of the timetable, the agendas it changes are listed here.</source>
        <translation>Hver agenda viser det som sist ble skrevet ut, lagret eller eksportert for organisasjonen. Når timeplanen endres, vises agendaene som berøres, her.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="287"/>
        <source>Preparing the agendas… {done} of {total}</source>
        <translation>Forbereder agendaene… {done} av {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="289"/>
        <source>Preparing the document… {done} of {total}</source>
        <translation>Forbereder dokumentet… {done} av {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="297"/>
        <source>Preparing the preview…</source>
        <translation>Forbereder forhåndsvisningen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="326"/>
        <source>The preview could not be prepared:</source>
        <translation>Forhåndsvisningen kunne ikke lages:</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="356"/>
        <source>the PDF could not be read</source>
        <translation>PDF-en kunne ikke leses</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="363"/>
        <source>of {n}</source>
        <translation>av {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="380"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="395"/>
        <source>The %n agendas changed since last printed · {pages}</source>
        <translation>
            <numerusform>Den %n agendaen som er endret siden forrige utskrift · {pages}</numerusform>
            <numerusform>De %n agendaene som er endret siden forrige utskrift · {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="400"/>
        <source>All %n agendas · {pages}</source>
        <translation>
            <numerusform>Den %n agendaen · {pages}</numerusform>
            <numerusform>Alle %n agendaer · {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="387"/>
        <source>{document} of {name}</source>
        <translation>{document} for {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="405"/>
        <source>Agenda of {name} · {pages}</source>
        <translation>Agenda for {name} · {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="525"/>
        <source>{event} agendas</source>
        <translation>{event} agendaer</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="544"/>
        <source>Cannot save the PDF</source>
        <translation>Kan ikke lagre PDF-en</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="560"/>
        <source>Save the document as</source>
        <translation>Lagre dokumentet som</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="47"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="47"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="50"/>
        <location filename="../../app/ui/setup/preview.py" line="59"/>
        <source>Meeting slots</source>
        <translation>Tidsluker</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="73"/>
        <source>No meeting slots</source>
        <translation>Ingen tidsluker</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="80"/>
        <source>%n meeting slots over {days}</source>
        <translation>
            <numerusform>%n tidsluke fordelt på {days}</numerusform>
            <numerusform>%n tidsluker fordelt på {days}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="81"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="97"/>
        <source>{day} · %n slots</source>
        <translation>
            <numerusform>{day} · %n tidsluke</numerusform>
            <numerusform>{day} · %n tidsluker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="85"/>
        <source>At {t} tables: room for up to {m} meetings in all.</source>
        <translation>Med {t} bord: plass til opptil {m} møter i alt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="108"/>
        <source>Meeting slot {n}</source>
        <translation>Tidsluke {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="111"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="115"/>
        <source>{label}: no meetings</source>
        <translation>{label}: ingen møter</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../app/ui/print/page.py" line="77"/>
        <source>Count the agendas changed since printed</source>
        <translation>Tell programmene som er endret siden utskrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/page.py" line="124"/>
        <source>No event open</source>
        <translation>Ikke noe arrangement åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/page.py" line="126"/>
        <source>Open an event or import registrations, then plan the timetable: here you will preview, print and save each organisation&apos;s agenda, the badges, table signs, run sheets and master grid, and export everything for the day.</source>
        <translation>Åpne et arrangement eller importer påmeldinger, og planlegg så timeplanen: her kan du forhåndsvise, skrive ut og lagre agendaen for hver organisasjon, navneskiltene, bordskiltene, kjøreplanene og hovedoversikten, og eksportere alt til dagen.</translation>
    </message>
</context>
<context>
    <name>PrintRunPanel</name>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="37"/>
        <source>Nothing to print</source>
        <translation>Ingenting å skrive ut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/print_run.py" line="38"/>
        <source>The pages chosen are not in this document, which has %n pages.</source>
        <translation>
            <numerusform>De valgte sidene finnes ikke i dette dokumentet, som har %n side.</numerusform>
            <numerusform>De valgte sidene finnes ikke i dette dokumentet, som har %n sider.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="49"/>
        <source>Cannot print</source>
        <translation>Kan ikke skrive ut</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="51"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>Skriveren kunne ikke startes. Kontroller at den er slått på og tilkoblet, og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="95"/>
        <source>The printer stopped taking pages.</source>
        <translation>Skriveren sluttet å ta imot sider.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="101"/>
        <source>Printing page {n} of {total}…</source>
        <translation>Skriver ut side {n} av {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="145"/>
        <source>Printing stopped</source>
        <translation>Utskriften stoppet</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="158"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="225"/>
        <source>Planning progress</source>
        <translation>Fremdrift i planleggingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="288"/>
        <source>Fairness: meetings for the worst-off (higher is better)</source>
        <translation>Rettferdighet: møter for de dårligst stilte (høyere er bedre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="289"/>
        <source>Requests: value of the meetings held (higher is better)</source>
        <translation>Forespørsler: verdien av møtene som holdes (høyere er bedre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="290"/>
        <source>Idle gaps between meetings (lower is better)</source>
        <translation>Ventetid mellom møter (lavere er bedre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="291"/>
        <source>Meetings with an interpreter (higher is better)</source>
        <translation>Møter med tolk (høyere er bedre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="296"/>
        <source>fairness</source>
        <translation>rettferdighet</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="297"/>
        <source>requests</source>
        <translation>forespørsler</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="298"/>
        <source>idle gaps</source>
        <translation>ventetid</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="299"/>
        <source>interpreters</source>
        <translation>tolker</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="307"/>
        <source>Gap: not known yet</source>
        <translation>Avstand: ikke kjent ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="309"/>
        <source>Gap: 0 % (proven best)</source>
        <translation>Avstand: 0 % (bevist best)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="310"/>
        <source>Gap: {gap} %</source>
        <translation>Avstand: {gap} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="316"/>
        <source>Done: </source>
        <translation>Ferdig: </translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="336"/>
        <source>Plan the timetable to follow the planner&apos;s progress here.</source>
        <translation>Planlegg timeplanen for å følge planleggingens fremdrift her.</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="406"/>
        <source>seconds since planning started</source>
        <translation>sekunder siden planleggingen startet</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="432"/>
        <source>No timetable found yet</source>
        <translation>Ingen timeplan funnet ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="449"/>
        <source>Best timetable</source>
        <translation>Beste timeplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="450"/>
        <source>Best possible (proven bound)</source>
        <translation>Best mulig (bevist grense)</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../../app/ui/reasons.py" line="25"/>
        <source>Never there at the same time</source>
        <translation>Aldri til stede samtidig</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="26"/>
        <source>Maximum of meetings reached</source>
        <translation>Maksimalt antall møter nådd</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="27"/>
        <source>No free slot in common</source>
        <translation>Ingen felles ledig tidsluke</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="28"/>
        <source>No table free</source>
        <translation>Ingen ledige bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="29"/>
        <source>Not placed before planning stopped</source>
        <translation>Ikke plassert før planleggingen stoppet</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="30"/>
        <source>Kept apart</source>
        <translation>Holdes fra hverandre</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="31"/>
        <source>No interpreter</source>
        <translation>Ingen tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="32"/>
        <source>A pause is due</source>
        <translation>Trenger pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="33"/>
        <source>Meeting order</source>
        <translation>Møterekkefølge</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="34"/>
        <source>Would leave an idle gap</source>
        <translation>Ville gitt ventetid</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="42"/>
        <source>register interpreters for these languages, or let such meetings go ahead without (interpreting: preferred)</source>
        <translation>registrer tolker for disse språkene, eller la slike møter gå uten tolk (tolking: ønskelig)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="45"/>
        <source>check the organisations&apos; hours and absences</source>
        <translation>sjekk organisasjonenes tider og fravær</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="46"/>
        <source>raise the maximum meetings</source>
        <translation>øk maksimalt antall møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="48"/>
        <source>add a slot or lengthen the day; these organisations are booked whenever both are there</source>
        <translation>legg til en tidsluke eller forleng dagen; disse organisasjonene er opptatt hver gang begge er til stede</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="50"/>
        <source>add tables or a slot</source>
        <translation>legg til bord eller en tidsluke</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="51"/>
        <source>check the required meeting orders</source>
        <translation>sjekk de påkrevde møterekkefølgene</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="52"/>
        <source>allow more meetings in a row, or add a slot</source>
        <translation>tillat flere møter på rad, eller legg til en tidsluke</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="53"/>
        <source>rank requests above compact days</source>
        <translation>prioriter forespørsler over kompakte dager</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="54"/>
        <source>give the planner more time</source>
        <translation>gi planleggeren mer tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="56"/>
        <source>the event&apos;s rules keep these apart (only meetings between groups, do-not-meet)</source>
        <translation>arrangementets regler holder disse fra hverandre (bare møter mellom grupper, skal ikke møtes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="66"/>
        <source>%n meetings need {languages} interpreting, at most {most} at the same time</source>
        <translation>
            <numerusform>%n møte trenger tolking {languages}, høyst {most} samtidig</numerusform>
            <numerusform>%n møter trenger tolking {languages}, høyst {most} samtidig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="82"/>
        <source>the event has no meeting requests, so no meetings were planned: give each organisation the organisations it wishes to meet (a wishes column in the workbook, or the Requests page)</source>
        <translation>arrangementet har ingen møteforespørsler, så ingen møter ble planlagt: gi hver organisasjon de organisasjonene den ønsker å møte (en ønskekolonne i arbeidsboken, eller siden Forespørsler)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="87"/>
        <source>no meetings were planned for the %n requested pairs</source>
        <translation>
            <numerusform>ingen møter ble planlagt for det %n forespurte paret</numerusform>
            <numerusform>ingen møter ble planlagt for de %n forespurte parene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="88"/>
        <source>only {meetings} planned for the %n requested pairs</source>
        <translation>
            <numerusform>bare {meetings} planlagt for det %n forespurte paret</numerusform>
            <numerusform>bare {meetings} planlagt for de %n forespurte parene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="89"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n møte</numerusform>
            <numerusform>%n møter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="94"/>
        <source>{reason}: {unmet} of %n requests unmet ({share} %); {advice}</source>
        <translation>
            <numerusform>{reason}: {unmet} av %n forespørsel ikke oppfylt ({share} %); {advice}</numerusform>
            <numerusform>{reason}: {unmet} av %n forespørsler ikke oppfylt ({share} %); {advice}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="102"/>
        <source>only meetings between groups were asked for, but the organisations are not in two or more groups, so the rule kept nobody apart: give each organisation its group (a Group column in the workbook, or the Organisations page)</source>
        <translation>det ble bedt om bare møter mellom grupper, men organisasjonene er ikke i to eller flere grupper, så regelen holdt ingen fra hverandre: gi hver organisasjon sin gruppe (en Gruppe-kolonne i arbeidsboken, eller siden Organisasjoner)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="109"/>
        <source> and %n more</source>
        <translation>
            <numerusform> og %n til</numerusform>
            <numerusform> og %n til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="111"/>
        <source>%n organisations that asked for meetings have none: {names}</source>
        <translation>
            <numerusform>%n organisasjon som ba om møter, har ingen: {names}</numerusform>
            <numerusform>%n organisasjoner som ba om møter, har ingen: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="118"/>
        <source>no timetable keeps every locked meeting and minimum together</source>
        <translation>ingen timeplan kan holde alle låste møter og minstekrav samtidig</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="120"/>
        <source>stopped before a timetable was found</source>
        <translation>stoppet før en timeplan ble funnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="121"/>
        <source>the planner could not read the event</source>
        <translation>planleggeren kunne ikke lese arrangementet</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="122"/>
        <source>no timetable found in the time given</source>
        <translation>ingen timeplan funnet innen tiden som ble gitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="123"/>
        <source>the last planning found no timetable: {verdict}</source>
        <translation>forrige planlegging fant ingen timeplan: {verdict}</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="127"/>
        <source>Add a late registration</source>
        <translation>Legg til en sen påmelding</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="130"/>
        <source>the name in its own language, if another</source>
        <translation>navnet på eget språk, hvis det er et annet</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="131"/>
        <source>e.g. Host</source>
        <translation>f.eks. Vert</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="132"/>
        <source>e.g. Norway</source>
        <translation>f.eks. Norge</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="134"/>
        <source>e.g. ports, offshore wind</source>
        <translation>f.eks. havner, havvind</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="136"/>
        <source>e.g. English, Norwegian</source>
        <translation>f.eks. engelsk, norsk</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="138"/>
        <location filename="../../app/ui/organisations_page.py" line="158"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="139"/>
        <source>Local name</source>
        <translation>Lokalt navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="140"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="141"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="142"/>
        <source>Interests</source>
        <translation>Interesser</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="143"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="146"/>
        <source>if they differ from the organisation&apos;s</source>
        <translation>hvis de er andre enn organisasjonens</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="151"/>
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="160"/>
        <source>First person</source>
        <translation>Første person</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="162"/>
        <source>Add its meeting requests, then plan the timetable again to give it meetings.</source>
        <translation>Legg til møteforespørslene, og planlegg timeplanen på nytt for å gi den møter.</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="248"/>
        <source>Save the change sheet for the desk (Cancel: not now)</source>
        <translation>Lagre endringsarket for skranken (Avbryt: ikke nå)</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="250"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReplanRequestDialog</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="40"/>
        <source>Re-plan the rest of the day</source>
        <translation>Planlegg resten av dagen på nytt</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="48"/>
        <source>0: no meeting that stays moves. More: up to this many later meetings may move to meet more wishes</source>
        <translation>0: ingen gjenværende møter flyttes. Mer: opptil så mange senere møter kan flyttes for å oppfylle flere ønsker</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="54"/>
        <source>Meetings that have started stay as they are. Meetings with a side absent are cancelled, unless a free colleague can take the place; the tables freed go to wishes not met yet, walk-ins included.</source>
        <translation>Møter som har startet, blir som de er. Møter der en av partene er fraværende, avlyses, med mindre en ledig kollega kan ta plassen; bordene som blir ledige, går til ønsker som ennå ikke er oppfylt, også fra uanmeldte deltakere.</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="61"/>
        <source>Re-plan from</source>
        <translation>Planlegg på nytt fra</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="62"/>
        <source>Meetings that may move</source>
        <translation>Møter som kan flyttes</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="66"/>
        <source>Work out the changes</source>
        <translation>Beregn endringene</translation>
    </message>
</context>
<context>
    <name>Replanner</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="163"/>
        <source>Re-plan the rest of the &amp;day…</source>
        <translation>Planlegg resten av &amp;dagen på nytt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="166"/>
        <source>Cancel what absences stop, fill the tables freed from wishes not met, and move nothing else</source>
        <translation>Avlys det fraværene hindrer, fyll ledige bord med ønsker som ikke er oppfylt, og flytt ingenting annet</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="205"/>
        <source>The re-plan breaks a rule, so nothing was stored: </source>
        <translation>Den nye planen bryter en regel, så ingenting ble lagret: </translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="209"/>
        <source>The event changed while the re-plan was worked out; re-plan again.</source>
        <translation>Arrangementet ble endret mens den nye planen ble beregnet; planlegg på nytt en gang til.</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="215"/>
        <source>Re-plan the rest of the day</source>
        <translation>Planlegg resten av dagen på nytt</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="232"/>
        <source>Cannot write the change sheet</source>
        <translation>Kan ikke lagre endringsarket</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="237"/>
        <source>Cannot re-plan the day</source>
        <translation>Kan ikke planlegge dagen på nytt</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="263"/>
        <source>Asked by</source>
        <translation>Forespurt av</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="264"/>
        <source>Wishes to meet</source>
        <translation>Ønsker å møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="265"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="266"/>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="267"/>
        <source>Both ways</source>
        <translation>Gjensidig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="268"/>
        <source>Met?</source>
        <translation>Oppfylt?</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="269"/>
        <source>Agreed</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="317"/>
        <source>Double-click a priority to change it</source>
        <translation>Dobbeltklikk på en prioritet for å endre den</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="319"/>
        <source>Both organisations asked to meet each other: planned before one-way wishes</source>
        <translation>Begge organisasjonene har bedt om å møte hverandre: planlegges før ensidige ønsker</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="321"/>
        <source>Both sides agreed to the meeting before the day: it must take place</source>
        <translation>Begge parter avtalte møtet på forhånd: det må gjennomføres</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="373"/>
        <source>⇄ mutual</source>
        <translation>⇄ gjensidig</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="375"/>
        <source>agreed</source>
        <translation>avtalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="389"/>
        <source>Both asked to meet each other</source>
        <translation>Begge har bedt om å møte hverandre</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="403"/>
        <source>not planned yet</source>
        <translation>ikke planlagt ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="403"/>
        <source>Plan the timetable to see which requests are met</source>
        <translation>Planlegg timeplanen for å se hvilke forespørsler som blir oppfylt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="409"/>
        <source>met {when}, {table}</source>
        <translation>oppfylt {when}, {table}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="412"/>
        <location filename="../../app/ui/models/requests.py" line="415"/>
        <source>not met</source>
        <translation>ikke oppfylt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="412"/>
        <source>Working out why…</source>
        <translation>Finner årsaken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="417"/>
        <source>not met: </source>
        <translation>ikke oppfylt: </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="71"/>
        <source>must meet</source>
        <translation>må møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="72"/>
        <source>would like</source>
        <translation>ønsker å møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="73"/>
        <source>if time allows</source>
        <translation>hvis tiden tillater</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="81"/>
        <source>morning</source>
        <translation>formiddag</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="82"/>
        <source>afternoon</source>
        <translation>ettermiddag</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="73"/>
        <source>Reasons</source>
        <translation>Årsaker</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="77"/>
        <source>Suggestions</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="85"/>
        <source>By organisation</source>
        <translation>Per organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="86"/>
        <source>Across groups</source>
        <translation>På tvers av grupper</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="87"/>
        <source>Suggested pairs</source>
        <translation>Foreslåtte par</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="119"/>
        <source>No event open</source>
        <translation>Ikke noe arrangement åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="121"/>
        <source>Open an event or import registrations: this page shows who wishes to meet whom, lets you add, remove and reprioritise wishes, and suggests pairs who share interests.</source>
        <translation>Åpne et arrangement eller importer påmeldinger: denne siden viser hvem som ønsker å møte hvem, lar deg legge til, fjerne og endre prioritet på ønsker, og foreslår par med felles interesser.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="128"/>
        <source>No organisations yet</source>
        <translation>Ingen organisasjoner ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="130"/>
        <source>{event} has no organisations. Import the registrations, or add organisations, then come back to see and edit their wishes.</source>
        <translation>{event} har ingen organisasjoner. Importer påmeldingene eller legg til organisasjoner, og kom så tilbake for å se og redigere ønskene deres.</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="146"/>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, rad {row}</translation>
    </message>
</context>
<context>
    <name>RowModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../app/ui/setup/page.py" line="102"/>
        <source>No event open</source>
        <translation>Ikke noe arrangement åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="105"/>
        <source>Open an event or import registrations: this page sets the days, the meeting times, the tables, who may meet whom and the interpreters.</source>
        <translation>Åpne et arrangement eller importer påmeldinger: på denne siden angir du dagene, møtetidene, bordene, hvem som kan møte hvem, og tolkene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="112"/>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="113"/>
        <source>Days and times</source>
        <translation>Dager og tider</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="114"/>
        <source>Tables</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="115"/>
        <source>Who meets whom</source>
        <translation>Hvem møter hvem</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="116"/>
        <source>Interpreters</source>
        <translation>Tolker</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="117"/>
        <source>Badges</source>
        <translation>Navneskilt</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="129"/>
        <source>The timetable is being planned: the setup can be changed once planning has finished.</source>
        <translation>Timeplanen planlegges nå: oppsettet kan endres når planleggingen er ferdig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="139"/>
        <source>Put everything back as it is stored</source>
        <translation>Sett alt tilbake slik det er lagret</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="138"/>
        <source>&amp;Revert</source>
        <translation>&amp;Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="141"/>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="143"/>
        <source>Store the changes; Undo takes them back</source>
        <translation>Lagre endringene; Angre tar dem tilbake</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="203"/>
        <source>The stored setup changed (undo or redo), so the changes not applied were put aside.</source>
        <translation>Det lagrede oppsettet ble endret (angre eller gjør om), så endringene som ikke var tatt i bruk, ble lagt til side.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="255"/>
        <source>The event needs at least one day; add one.</source>
        <translation>Arrangementet må ha minst én dag; legg til en.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="268"/>
        <source>The event needs a name.</source>
        <translation>Arrangementet må ha et navn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="272"/>
        <source>Add at least one table, or choose identical tables.</source>
        <translation>Legg til minst ett bord, eller velg like bord.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="351"/>
        <source>Planning cannot work with these tables: </source>
        <translation>Planleggingen fungerer ikke med disse bordene: </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="360"/>
        <source>Cannot apply yet: </source>
        <translation>Kan ikke tas i bruk ennå: </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="364"/>
        <source>Everything here is as stored in the event.</source>
        <translation>Alt her er slik det er lagret i arrangementet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="366"/>
        <source>Changes not applied yet.</source>
        <translation>Endringer er ikke tatt i bruk ennå.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="368"/>
        <source>The tables need a look (see Tables).</source>
        <translation>Bordene bør sjekkes (se Bord).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="374"/>
        <source>Applying removes {n} of the %n meetings of the timetable.</source>
        <translation>
            <numerusform>Å ta dette i bruk fjerner {n} av det %n møtet i timeplanen.</numerusform>
            <numerusform>Å ta dette i bruk fjerner {n} av de %n møtene i timeplanen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="395"/>
        <source>The new settings remove {n} of the %n meetings of the timetable.</source>
        <translation>
            <numerusform>De nye innstillingene fjerner {n} av det %n møtet i timeplanen.</numerusform>
            <numerusform>De nye innstillingene fjerner {n} av de %n møtene i timeplanen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="406"/>
        <source>Apply and remove %n meetings</source>
        <translation>
            <numerusform>Bruk og fjern %n møte</numerusform>
            <numerusform>Bruk og fjern %n møter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="454"/>
        <source>Applied; %n meetings were removed. The event as it was is kept in “{folder}”, and Undo brings them back.</source>
        <translation>
            <numerusform>Tatt i bruk; %n møte ble fjernet. Arrangementet slik det var, er lagret i «{folder}», og Angre henter møtet tilbake.</numerusform>
            <numerusform>Tatt i bruk; %n møter ble fjernet. Arrangementet slik det var, er lagret i «{folder}», og Angre henter møtene tilbake.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="393"/>
        <source>Remove meetings?</source>
        <translation>Fjerne møter?</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="401"/>
        <source>Their times or tables no longer exist. A copy of the event as it is now is kept in its backups folder, and Undo brings them back. Plan again to fill the new slots.</source>
        <translation>Tidene eller bordene deres finnes ikke lenger. En kopi av arrangementet slik det er nå, tas vare på i mappen for sikkerhetskopier, og Angre henter møtene tilbake. Planlegg på nytt for å fylle de nye tidslukene.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="409"/>
        <source>Keep the meetings</source>
        <translation>Behold møtene</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="447"/>
        <source>Change the event setup</source>
        <translation>Endre oppsettet</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="450"/>
        <source>Applied; Undo takes the change back.</source>
        <translation>Tatt i bruk; Angre tar endringen tilbake.</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="120"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="121"/>
        <source>Read as</source>
        <translation>Lest som</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="122"/>
        <source>Header in row</source>
        <translation>Overskrift i rad</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="123"/>
        <source>Rows below it</source>
        <translation>Rader under</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="124"/>
        <source>Columns recognised</source>
        <translation>Kolonner gjenkjent</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="125"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="151"/>
        <source>What MeetGrid reads this sheet as; choose another where the sheet allows it</source>
        <translation>Hva MeetGrid leser dette arket som; velg noe annet der arket tillater det</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="172"/>
        <source>as you chose</source>
        <translation>som du valgte</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="174"/>
        <source>recognised by its columns</source>
        <translation>gjenkjent på kolonnene</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="41"/>
        <source>MeetGrid reads a sheet of organisations, of participants (a form export is one of these: one row a person, wishes in one cell), of requests and of interpreters. Sheets named Instructions or Notes are left for the reader.</source>
        <translation>MeetGrid leser ark med organisasjoner, deltakere (en skjemaeksport er en slik: én rad per person, ønskene i én celle), forespørsler og tolker. Ark som heter Instructions eller Notes, er ment for leseren og leses ikke inn.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/start_page.py" line="53"/>
        <source>&lt;h1&gt;MeetGrid&lt;/h1&gt;&lt;p&gt;Plan a B2B matchmaking day in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import&lt;/b&gt; the registrations (an Excel or CSV file) into a new event.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; the timetable: who meets whom, when and at which table.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt; an agenda for every organisation.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h1&gt;MeetGrid&lt;/h1&gt;&lt;p&gt;Planlegg en B2B-matchmakingdag i tre steg:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Importer&lt;/b&gt; påmeldingene (en Excel- eller CSV-fil) til et nytt arrangement.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Planlegg&lt;/b&gt; timeplanen: hvem som møter hvem, når og ved hvilket bord.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Skriv ut&lt;/b&gt; en agenda for hver organisasjon.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="66"/>
        <source>&amp;New event from registrations…</source>
        <translation>&amp;Nytt arrangement fra påmeldinger…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="67"/>
        <source>&amp;Open an event…</source>
        <translation>&amp;Åpne et arrangement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="68"/>
        <source>&amp;Try the sample delegation day</source>
        <translation>Prøv &amp;eksempeldagen med en delegasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="78"/>
        <source>Recent events</source>
        <translation>Nylige arrangementer</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="82"/>
        <source>&lt;b&gt;Recent events&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;Nylige arrangementer&lt;/b&gt; (dobbeltklikk for å åpne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="109"/>
        <source>No events yet: start with your registrations or the sample.</source>
        <translation>Ingen arrangementer ennå: begynn med påmeldingene dine eller eksempelet.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="133"/>
        <location filename="../../app/ui/statistics_page.py" line="137"/>
        <source>Organisations without a meeting</source>
        <translation>Organisasjoner uten møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="141"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="142"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="145"/>
        <location filename="../../app/ui/statistics_page.py" line="151"/>
        <source>By group</source>
        <translation>Per gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="146"/>
        <location filename="../../app/ui/statistics_page.py" line="152"/>
        <source>By country</source>
        <translation>Per land</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="212"/>
        <source>No event open</source>
        <translation>Ikke noe arrangement åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="214"/>
        <source>Open an event or import registrations, then plan the timetable: this page will show how many meetings each organisation gets and which requests are met.</source>
        <translation>Åpne et arrangement eller importer påmeldinger, og planlegg så timeplanen: denne siden viser hvor mange møter hver organisasjon får, og hvilke forespørsler som blir oppfylt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="222"/>
        <source>No timetable yet</source>
        <translation>Ingen timeplan ennå</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="224"/>
        <source>Plan the timetable of {event} to see how many meetings each organisation gets, which requests are met, and the idle gaps and table changes of the day.</source>
        <translation>Planlegg timeplanen for {event} for å se hvor mange møter hver organisasjon får, hvilke forespørsler som blir oppfylt, og dagens ventetider og bordbytter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/statistics_page.py" line="260"/>
        <source>requests met, of %n meetings in all</source>
        <translation>
            <numerusform>forespørsler oppfylt, %n møte i alt</numerusform>
            <numerusform>forespørsler oppfylt, %n møter i alt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="262"/>
        <source>mutual requests met</source>
        <translation>gjensidige forespørsler oppfylt</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="266"/>
        <source>organisations without a meeting, of {n}</source>
        <translation>organisasjoner uten møte, av {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="272"/>
        <source>idle gaps, at most {n} for one organisation</source>
        <translation>ventetider, høyst {n} for én organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="274"/>
        <source>idle gaps</source>
        <translation>ventetider</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="276"/>
        <source>table changes</source>
        <translation>bordbytter</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="281"/>
        <source>Organisations by number of meetings</source>
        <translation>Organisasjoner etter antall møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="282"/>
        <source>meetings held</source>
        <translation>gjennomførte møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="283"/>
        <source>organisations</source>
        <translation>organisasjoner</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="545"/>
        <source>Would ask</source>
        <translation>Forespørsel fra</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="546"/>
        <source>To meet</source>
        <translation>Møte med</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="547"/>
        <source>Shared interests</source>
        <translation>Felles interesser</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="548"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="622"/>
        <source>Interests: </source>
        <translation>Interesser: </translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="39"/>
        <source>Pairs that share interests but have not asked to meet, and that the planner would let meet. Tick those worth a meeting and accept them: each becomes a request of normal priority from the organisation that has asked for fewer meetings.</source>
        <translation>Par som deler interesser, men ikke har bedt om å møtes, og som planleggingen ville latt møtes. Kryss av for dem som er verdt et møte, og godta dem: hvert par blir en forespørsel med normal prioritet fra den organisasjonen som har bedt om færrest møter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="46"/>
        <source>Suggestions per organisation</source>
        <translation>Forslag per organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="48"/>
        <source>So that nobody is offered too many new meetings at once</source>
        <translation>Slik at ingen får tilbud om for mange nye møter på en gang</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="51"/>
        <source>At most</source>
        <translation>Høyst</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="53"/>
        <source>suggestions per organisation</source>
        <translation>forslag per organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="59"/>
        <source>Suggested requests</source>
        <translation>Foreslåtte forespørsler</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="73"/>
        <source>&amp;Select all</source>
        <translation>Velg &amp;alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="75"/>
        <source>Select &amp;none</source>
        <translation>Velg &amp;ingen</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="77"/>
        <source>&amp;Accept selected</source>
        <translation>&amp;Godta valgte</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="111"/>
        <source>Looking for pairs with shared interests…</source>
        <translation>Leter etter par med felles interesser…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/suggestions.py" line="124"/>
        <source>%n pairs to suggest</source>
        <translation>
            <numerusform>%n par å foreslå</numerusform>
            <numerusform>%n par å foreslå</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/suggestions.py" line="161"/>
        <source>Add %n suggested requests</source>
        <translation>
            <numerusform>Legg til %n foreslått forespørsel</numerusform>
            <numerusform>Legg til %n foreslåtte forespørsler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="129"/>
        <source>No organisation has given its interests, so there is nothing to compare. Add interests on the Organisations page (or in the registration workbook) to get suggestions.</source>
        <translation>Ingen organisasjon har oppgitt interessene sine, så det er ingenting å sammenligne. Legg til interesser på Organisasjoner-siden (eller i påmeldingsarbeidsboken) for å få forslag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="134"/>
        <source>No new pairs to suggest: every pair that shares an interest has already asked to meet, meets already, or may not meet under the event&apos;s rules.</source>
        <translation>Ingen nye par å foreslå: alle par som deler en interesse, har allerede bedt om å møtes, møtes allerede eller får ikke møtes etter arrangementets regler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="145"/>
        <source>Could not look for pairs: </source>
        <translation>Kunne ikke lete etter par: </translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="159"/>
        <source>Add a suggested request</source>
        <translation>Legg til en foreslått forespørsel</translation>
    </message>
</context>
<context>
    <name>TableDayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="287"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="287"/>
        <source>Seats</source>
        <translation>Plasser</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="31"/>
        <source>&amp;Identical tables:</source>
        <translation>&amp;Like bord:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="32"/>
        <source>&amp;Tables with a name and seats of their own</source>
        <translation>&amp;Bord med eget navn og eget antall plasser</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="38"/>
        <source> tables</source>
        <translation> bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="39"/>
        <source> seats each</source>
        <translation> plasser hver</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="40"/>
        <source>Number of tables</source>
        <translation>Antall bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="41"/>
        <source>Seats at each table</source>
        <translation>Plasser ved hvert bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="50"/>
        <source>Tables</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="55"/>
        <source>&amp;Add a table</source>
        <translation>Legg &amp;til et bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="57"/>
        <source>&amp;Remove the table</source>
        <translation>F&amp;jern bordet</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="65"/>
        <source>Fixed host tables</source>
        <translation>Faste vertsbord</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="88"/>
        <source>With fixed host tables, every organisation of that group keeps a table of its own all day and the others come to it. Without, tables are shared and people change tables as little as possible.</source>
        <translation>Med faste vertsbord har hver organisasjon i den gruppen sitt eget bord hele dagen, og de andre kommer dit. Uten dette deles bordene, og folk bytter bord så lite som mulig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="103"/>
        <location filename="../../app/ui/setup/tables.py" line="111"/>
        <location filename="../../app/ui/setup/tables.py" line="114"/>
        <source>Table {n}</source>
        <translation>Bord {n}</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../app/ui/time_grid.py" line="85"/>
        <source>At least {low} meetings per organisation cannot be more than at most {high}; lower one of them.</source>
        <translation>Minst {low} møter per organisasjon kan ikke være mer enn høyst {high}; senk en av dem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/time_grid.py" line="97"/>
        <source>The break &apos;{label}&apos; {start}–{end} on {day} lies outside the day ({first}–{last}); move it into the day or remove it.</source>
        <translation>Pausen «{label}» {start}–{end} på {day} ligger utenfor dagen ({first}–{last}); flytt den inn i dagen eller fjern den.</translation>
    </message>
    <message>
        <location filename="../../app/ui/time_grid.py" line="110"/>
        <source>No meeting fits on {day} between the first meeting and the end of the last outside the breaks; widen the day or shorten the meetings.</source>
        <translation>Ingen møter får plass på {day} mellom første møtestart og siste møteslutt utenom pausene; gjør dagen lengre eller møtene kortere.</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="275"/>
        <source>Interpreter: {name}</source>
        <translation>Tolk: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="279"/>
        <source>Needs {languages} interpreting: no shared language, no interpreter named</source>
        <translation>Trenger tolk for {languages}: ingen felles språk, ingen tolk oppgitt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="283"/>
        <source>Both asked for this meeting</source>
        <translation>Begge har bedt om dette møtet</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="285"/>
        <source>Locked: keeps its time and table when the timetable is planned again</source>
        <translation>Låst: beholder tid og bord når timeplanen planlegges på nytt</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="127"/>
        <source>Cannot move it here: </source>
        <translation>Kan ikke flytte det hit: </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="161"/>
        <source>Day of the chosen organisation</source>
        <translation>Dagen for valgt organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="162"/>
        <source>Day of the chosen table</source>
        <translation>Dagen ved valgt bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="163"/>
        <source>Day of the chosen interpreter</source>
        <translation>Dagen for valgt tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="176"/>
        <source>All tables</source>
        <translation>Alle bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="178"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="179"/>
        <source>Per organisation</source>
        <translation>Per organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="182"/>
        <source>Table</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="182"/>
        <source>Per table</source>
        <translation>Per bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="185"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="186"/>
        <source>Per interpreter</source>
        <translation>Per tolk</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="191"/>
        <source>Lock the selected meetings, or unlock them when all are locked already (Ctrl+L). A locked meeting keeps its time and table when the timetable is planned again.</source>
        <translation>Lås de valgte møtene, eller lås dem opp hvis alle allerede er låst (Ctrl+L). Et låst møte beholder tid og bord når timeplanen planlegges på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="203"/>
        <location filename="../../app/ui/timetable/page.py" line="220"/>
        <source>Unmet requests</source>
        <translation>Forespørsler som ikke er oppfylt</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="205"/>
        <source>Show unmet requests for</source>
        <translation>Vis ikke oppfylte forespørsler for</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="114"/>
        <source>Plan &amp;the timetable</source>
        <translation>Planlegg &amp;timeplanen</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="188"/>
        <source>&amp;Lock or unlock</source>
        <translation>&amp;Lås eller lås opp</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="210"/>
        <source>Pl&amp;an again around locked meetings</source>
        <translation>Planlegg på &amp;nytt rundt låste møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="213"/>
        <source>Plan the whole timetable again: locked meetings keep their time and table, the others may move. The timetable as it is now is kept in a backup copy.</source>
        <translation>Planlegg hele timeplanen på nytt: låste møter beholder tid og bord, de andre kan flyttes. Timeplanen slik den er nå, tas vare på i en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="226"/>
        <source>Requests the timetable could not meet, with the reason</source>
        <translation>Forespørsler timeplanen ikke kunne oppfylle, med årsak</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="318"/>
        <source>Timetable of all tables</source>
        <translation>Timeplan for alle bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="341"/>
        <source>This event has no interpreters</source>
        <translation>Dette arrangementet har ingen tolker</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="350"/>
        <source>Looking for the reasons…</source>
        <translation>Finner årsakene…</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="426"/>
        <source>No event open</source>
        <translation>Ikke noe arrangement åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="427"/>
        <source>Open an event or import registrations, then plan the timetable.</source>
        <translation>Åpne et arrangement eller importer påmeldinger, og planlegg så timeplanen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="429"/>
        <source>Plan the timetable first</source>
        <translation>Planlegg timeplanen først</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="433"/>
        <source>The last planning of {event} found no timetable that keeps every locked meeting and minimum together. Change them and plan again.</source>
        <translation>Den siste planleggingen av {event} fant ingen timeplan som overholder alle låste møter og minstekrav samtidig. Endre dem og planlegg på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="437"/>
        <source>No meetings planned</source>
        <translation>Ingen møter planlagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="439"/>
        <source>The last planning of {event} placed no meeting. The warnings above say why and what to change; then plan again.</source>
        <translation>Den siste planleggingen av {event} plasserte ingen møter. Advarslene over forklarer hvorfor og hva som må endres; planlegg så på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="444"/>
        <source>{event} has no timetable yet. Plan it, and its meetings appear here, table by table and slot by slot, to move by hand.</source>
        <translation>{event} har ingen timeplan ennå. Planlegg den, så vises møtene her, bord for bord og tidsluke for tidsluke, og kan flyttes for hånd.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="464"/>
        <source>Each meeting has the colour of its first organisation:</source>
        <translation>Hvert møte har fargen til sin første organisasjon:</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="467"/>
        <source>Each meeting has the colour of its first organisation; colours repeat, to tell neighbouring meetings apart.</source>
        <translation>Hvert møte har fargen til sin første organisasjon; fargene gjentas, men slik at møter ved siden av hverandre kan skilles fra hverandre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="472"/>
        <source>Locked: keeps its time and table when the timetable is planned again (select meetings, then Ctrl+L to lock or unlock). Drag a meeting to another cell to move it, or onto another meeting to swap the two; a moved meeting is locked, and moves again once unlocked.</source>
        <translation>Låst: beholder tid og bord når timeplanen planlegges på nytt (velg møter, og trykk Ctrl+L for å låse eller låse opp). Dra et møte til en annen celle for å flytte det, eller oppå et annet møte for å bytte plass på dem; et flyttet møte blir låst, og kan flyttes igjen når det er låst opp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="477"/>
        <source>A thick line starts a new day.</source>
        <translation>En tykk strek markerer starten på en ny dag.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="480"/>
        <source>An amber frame: the meeting needs interpreting (its sides share no language and no interpreter is named); the summary says how many interpreters to book.</source>
        <translation>Ravgul ramme: møtet trenger tolk (partene har ikke noe felles språk, og ingen tolk er oppgitt); sammendraget viser hvor mange tolker som må bestilles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="495"/>
        <source>no event is open</source>
        <translation>ikke noe arrangement er åpent</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="508"/>
        <source>Move a meeting</source>
        <translation>Flytt et møte</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="536"/>
        <source>Select meetings in the timetable first</source>
        <translation>Velg møter i timeplanen først</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="540"/>
        <source>Lock meetings</source>
        <translation>Lås møter</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="540"/>
        <source>Unlock meetings</source>
        <translation>Lås opp møter</translation>
    </message>
</context>
<context>
    <name>UnmetModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="304"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="305"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="306"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="45"/>
        <source>Register a walk-in</source>
        <translation>Registrer en uanmeldt deltaker</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="48"/>
        <source>The organisation&apos;s name (a registered one adds people to it)</source>
        <translation>Organisasjonens navn (er den påmeldt, legges personene til i den)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="56"/>
        <source>One person a line</source>
        <translation>Én person per linje</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="59"/>
        <source>Filter the organisations present</source>
        <translation>Filtrer organisasjonene som er til stede</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="76"/>
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="81"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="82"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="83"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="84"/>
        <source>Wishes to meet</source>
        <translation>Ønsker å møte</translation>
    </message>
</context>
<context>
    <name>WhoTab</name>
    <message>
        <location filename="../../app/ui/setup/who.py" line="38"/>
        <source>For example the delegation meets the hosts, not itself</source>
        <translation>For eksempel møter delegasjonen vertene, ikke seg selv</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="43"/>
        <location filename="../../app/ui/setup/who.py" line="66"/>
        <source>Pairs kept apart</source>
        <translation>Par som holdes fra hverandre</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="47"/>
        <source>First organisation</source>
        <translation>Første organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="48"/>
        <source>Second organisation</source>
        <translation>Andre organisasjon</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="37"/>
        <source>&amp;Only meetings between organisations of different groups</source>
        <translation>&amp;Bare møter mellom organisasjoner fra ulike grupper</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="49"/>
        <source>&amp;Keep apart</source>
        <translation>&amp;Hold fra hverandre</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="52"/>
        <source>&amp;Let them meet again</source>
        <translation>&amp;La dem møtes igjen</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="58"/>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="68"/>
        <source>These organisations never meet each other (competitors, a known dispute).</source>
        <translation>Disse organisasjonene møter aldri hverandre (konkurrenter, en kjent konflikt).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="109"/>
        <source>No organisation is called “{name}”; type part of a name and choose from the list.</source>
        <translation>Ingen organisasjon heter «{name}»; skriv en del av et navn og velg fra listen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="112"/>
        <source>Choose two organisations: type part of a name and pick it from the list.</source>
        <translation>Velg to organisasjoner: skriv en del av et navn og velg det fra listen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="116"/>
        <source>Choose two different organisations.</source>
        <translation>Velg to forskjellige organisasjoner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="121"/>
        <source>{pair} are kept apart already.</source>
        <translation>{pair} holdes allerede fra hverandre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="127"/>
        <source>{pair} will never meet once you apply.</source>
        <translation>{pair} vil aldri møtes når du tar dette i bruk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="133"/>
        <source>They meet at {time} in the current timetable; plan again to take that meeting out.</source>
        <translation>De møtes kl. {time} i den nåværende timeplanen; planlegg på nytt for å ta ut det møtet.</translation>
    </message>
</context>
<context>
    <name>_Busy</name>
    <message>
        <location filename="../../app/ui/import_wizard/common.py" line="151"/>
        <source>Reading the workbook…</source>
        <translation>Leser arbeidsboken…</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="59"/>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="64"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="65"/>
        <source>Participants (one row a person)</source>
        <translation>Deltakere (én rad per person)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="66"/>
        <source>Requests (one row a wish)</source>
        <translation>Forespørsler (én rad per ønske)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="67"/>
        <source>Interpreters</source>
        <translation>Tolker</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="68"/>
        <location filename="../../app/ui/models/import_.py" line="75"/>
        <source>Not read</source>
        <translation>Ikke lest</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="81"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="82"/>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="83"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="35"/>
        <source>Differences</source>
        <translation>Forskjeller</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="37"/>
        <source>What the changed workbook changes in the event. Your own edits and the meetings of those who stay are kept; Apply stores the changes, and Undo takes them back.</source>
        <translation>Hva den endrede arbeidsboken endrer i arrangementet. Dine egne endringer og møtene til dem som blir værende, beholdes; Bruk lagrer endringene, og Angre tar dem tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="46"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="48"/>
        <source>Everything the import found, fixed or left out, with its place in the workbook. Errors must be corrected before the registrations can be used; double-click one to see its row.</source>
        <translation>Alt importen fant, rettet eller utelot, med plasseringen i arbeidsboken. Feil må rettes før påmeldingene kan brukes; dobbeltklikk på en feil for å se raden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="32"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="34"/>
        <source>The first rows of each sheet under its header. The first line says what MeetGrid reads from each column: change it where it guessed wrong or missed a column.</source>
        <translation>De første radene i hvert ark under overskriftsraden. Første linje viser hva MeetGrid leser fra hver kolonne: endre den der det er gjettet feil eller en kolonne er oversett.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="41"/>
        <source>The new event</source>
        <translation>Det nye arrangementet</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="42"/>
        <source>Its name, day, time grid and tables (all can be changed later), and where to save it.</source>
        <translation>Navn, dag, tidsoppsett og bord (alt kan endres senere), og hvor det skal lagres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="33"/>
        <source>Choose the workbook</source>
        <translation>Velg arbeidsboken</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="35"/>
        <source>Choose the changed registrations. They are read the way the last import was read: your column choices and the names you confirmed are kept.</source>
        <translation>Velg de endrede påmeldingene. De leses på samme måte som ved forrige import: kolonnevalgene dine og navnene du har bekreftet, beholdes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="40"/>
        <source>An Excel workbook (.xlsx, .xlsm) or a CSV file: the MeetGrid template, or a registration form&apos;s export with one row a person. Nothing is stored until the last step.</source>
        <translation>En Excel-arbeidsbok (.xlsx, .xlsm) eller en CSV-fil: MeetGrid-malen eller en eksport fra et påmeldingsskjema med én rad per person. Ingenting lagres før siste steg.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/names.py" line="27"/>
        <source>Names</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/names.py" line="29"/>
        <source>These names in wish lists are not written as any organisation registered itself. Tick the ones read correctly, untick those to leave out, or choose the organisation meant.</source>
        <translation>Disse navnene i ønskelistene er ikke skrevet slik noen organisasjon har registrert seg. Kryss av for dem som er lest riktig, fjern krysset for dem som skal utelates, eller velg organisasjonen som menes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="26"/>
        <source>Sheets</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="28"/>
        <source>Which sheet is read as what. Where a sheet could be read another way, or should not be read at all, choose it under Read as.</source>
        <translation>Hvilket ark som leses som hva. Der et ark kan leses på en annen måte, eller ikke skal leses i det hele tatt, velger du det under Lest som.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="75"/>
        <source>e.g. 王海涛, if written in another script</source>
        <translation>f.eks. 王海涛, hvis navnet skrives med en annen skrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="76"/>
        <source>Printed beside the name on badges and agendas</source>
        <translation>Skrives ut ved siden av navnet på navneskilt og agendaer</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="77"/>
        <source>e.g. Head of sales</source>
        <translation>f.eks. salgssjef</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="78"/>
        <source>e.g. English, Norwegian</source>
        <translation>f.eks. engelsk, norsk</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="79"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="80"/>
        <source>Name in own script</source>
        <translation>Navn i egen skrift</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="81"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="82"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="83"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
</context>
</TS>
