<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgendaChoicesModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/print.py" line="40"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="514"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="515"/>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="516"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="517"/>
        <source>Who goes</source>
        <translation>Quién asiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="518"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
</context>
<context>
    <name>ApartModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="324"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="324"/>
        <source>Never meets</source>
        <translation>Nunca se reúne con</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="336"/>
        <source>(organisation {id})</source>
        <translation>(organización {id})</translation>
    </message>
</context>
<context>
    <name>BadgesTab</name>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="37"/>
        <source>Badge colour of each group</source>
        <translation>Color de acreditación de cada grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="41"/>
        <source>The event&apos;s logo</source>
        <translation>Logotipo del evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="46"/>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="50"/>
        <source>A PNG or SVG file, printed on badges and table signs</source>
        <translation>Un archivo PNG o SVG, impreso en las acreditaciones y los carteles de mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="68"/>
        <source>The badges show each person&apos;s group in its colour, so that hosts and guests find each other at a glance. Badges and table signs are printed on the Print page.</source>
        <translation>Las acreditaciones muestran el grupo de cada persona con su color, para que anfitriones e invitados se encuentren de un vistazo. Las acreditaciones y los carteles de mesa se imprimen en la página Imprimir y exportar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="94"/>
        <source>MeetGrid&apos;s colour</source>
        <translation>Color de MeetGrid</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="108"/>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="111"/>
        <location filename="../../app/ui/setup/badges.py" line="199"/>
        <source>Badge colour of {group}</source>
        <translation>Color de acreditación de {group}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="49"/>
        <source>&amp;Choose logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="52"/>
        <source>&amp;Remove logo</source>
        <translation>&amp;Quitar logotipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="114"/>
        <source>Re&amp;set</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="115"/>
        <source>Back to MeetGrid&apos;s colour for this group</source>
        <translation>Volver al color de MeetGrid para este grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="122"/>
        <source>The event has no groups yet.</source>
        <translation>El evento aún no tiene grupos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="130"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="131"/>
        <source>No logo: badges and table signs are printed without one.</source>
        <translation>Sin logotipo: las acreditaciones y los carteles de mesa se imprimen sin él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="135"/>
        <source>{kind} image, {size} KB, printed on badges and table signs.</source>
        <translation>Imagen {kind}, {size} KB, impresa en las acreditaciones y los carteles de mesa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="157"/>
        <source>Badge colour</source>
        <translation>Color de acreditación</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="179"/>
        <source>This file cannot be the logo</source>
        <translation>Este archivo no puede usarse como logotipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="206"/>
        <source>Choose the event&apos;s logo</source>
        <translation>Elegir el logotipo del evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="206"/>
        <source>Logos (*.png *.svg);;All files (*)</source>
        <translation>Logotipos (*.png *.svg);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="577"/>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../app/ui/board/window.py" line="113"/>
        <source>MeetGrid board</source>
        <translation>Panel de MeetGrid</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="131"/>
        <source>&amp;Chime at the change of round</source>
        <translation>&amp;Aviso sonoro al cambiar de ronda</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="133"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="134"/>
        <source>C&amp;lose the board</source>
        <translation>&amp;Cerrar el panel</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="161"/>
        <source>{event} — MeetGrid board</source>
        <translation>{event} — Panel de MeetGrid</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="260"/>
        <source>MeetGrid</source>
        <translation>MeetGrid</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="260"/>
        <source>No timetable yet</source>
        <translation>Aún no hay horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="263"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="265"/>
        <source>left in this round</source>
        <translation>para terminar esta ronda</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="269"/>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="269"/>
        <location filename="../../app/ui/board/window.py" line="275"/>
        <source>until the next round</source>
        <translation>hasta la siguiente ronda</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="271"/>
        <source>Go to your next table · round {n} at {time}</source>
        <translation>A la siguiente mesa · ronda {n} a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="273"/>
        <source>Change tables</source>
        <translation>Cambio de mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="282"/>
        <source>Welcome</source>
        <translation>Bienvenidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="283"/>
        <source>The meetings start at {when}</source>
        <translation>Inicio de las reuniones: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="284"/>
        <source>until the first round</source>
        <translation>hasta la primera ronda</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="287"/>
        <source>Thank you. The meetings continue {day} at {time}</source>
        <translation>Gracias. Las reuniones continúan el {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="289"/>
        <location filename="../../app/ui/board/window.py" line="293"/>
        <source>The day is over</source>
        <translation>La jornada ha terminado</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="293"/>
        <source>Thank you for coming</source>
        <translation>Gracias por venir</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="296"/>
        <source>Round {n} of {of} · {start}–{end}</source>
        <translation>Ronda {n} de {of} · {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="502"/>
        <source>Last round</source>
        <translation>Última ronda</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="504"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="506"/>
        <source>Coming up</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="521"/>
        <source>Round {n} of {of}</source>
        <translation>Ronda {n} de {of}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="541"/>
        <source>No meetings in this round</source>
        <translation>No hay reuniones en esta ronda</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="552"/>
        <source>Open an event to show its timetable</source>
        <translation>Abrir un evento para mostrar su horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="554"/>
        <source>No meetings planned yet</source>
        <translation>Aún no hay reuniones planificadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="566"/>
        <source>Page {n} of {of}</source>
        <translation>Página {n} de {of}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="632"/>
        <source>Interpreter: {name}</source>
        <translation>Intérprete: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="634"/>
        <source>Interpreting needed: {languages}</source>
        <translation>Se necesita interpretación: {languages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="655"/>
        <source>Later: {label} {start}–{end}</source>
        <translation>Más tarde: {label} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="663"/>
        <source>Chime on</source>
        <translation>Aviso sonoro activado</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="61"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="62"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="63"/>
        <source>Meetings each</source>
        <translation>Reuniones por organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="64"/>
        <source>Requests met</source>
        <translation>Solicitudes cumplidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="65"/>
        <source>Mutual requests met</source>
        <translation>Solicitudes mutuas cumplidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="66"/>
        <source>Without a meeting</source>
        <translation>Sin reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="76"/>
        <source>(none given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="88"/>
        <source>Pairs that asked to meet each other, with at least one organisation from here</source>
        <translation>Parejas que pidieron reunirse mutuamente, con al menos una organización de aquí</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="95"/>
        <source>{part} of {whole} ({percent} %)</source>
        <translation>{part} de {whole} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>BreaksModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>What</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>ByOrganisationTab</name>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="67"/>
        <source>Search organisations, groups, countries, interests</source>
        <translation>Buscar organizaciones, grupos, países, intereses</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="69"/>
        <source>Search organisations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="74"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="107"/>
        <location filename="../../app/ui/requests/by_organisation.py" line="185"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="113"/>
        <source>Wishes to meet</source>
        <translation>Desea reunirse con</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="124"/>
        <source>Double-click a priority to change it, a name to see that organisation&apos;s own wishes</source>
        <translation>Doble clic en una prioridad para cambiarla, o en un nombre para ver los deseos de esa organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="126"/>
        <source>Remove wish</source>
        <translation>Quitar deseo</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="138"/>
        <source>Priority of the selected wish</source>
        <translation>Prioridad del deseo seleccionado</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="140"/>
        <source>&amp;Remove wish</source>
        <translation>&amp;Quitar deseo</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="143"/>
        <source>Selected wish:</source>
        <translation>Deseo seleccionado:</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="163"/>
        <source>Type an organisation&apos;s name</source>
        <translation>Nombre de una organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="166"/>
        <source>&amp;Add wish</source>
        <translation>Añadir &amp;deseo</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="189"/>
        <source>Wished for by</source>
        <translation>Deseada por</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="191"/>
        <source>Double-click an organisation to see its own wishes</source>
        <translation>Doble clic en una organización para ver sus propios deseos</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="201"/>
        <source>Add a wish to meet:</source>
        <translation>Añadir un deseo de reunirse con:</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="223"/>
        <source>Choose an organisation on the left to see and edit its wishes.</source>
        <translation>Elegir una organización a la izquierda para ver y editar sus deseos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="311"/>
        <source>interests: </source>
        <translation>intereses: </translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="322"/>
        <source>Wishes to meet ({n})</source>
        <translation>Quiere reunirse con ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="324"/>
        <source>Wished for by ({n})</source>
        <translation>Quieren reunirse con ella ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="327"/>
        <source>{name} has no wishes yet: add one below.</source>
        <translation>{name} aún no tiene deseos; se pueden añadir abajo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="331"/>
        <source>Nobody has asked to meet {name} yet.</source>
        <translation>Nadie ha pedido aún reunirse con {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="375"/>
        <source>A&amp;ccept {n} selected</source>
        <translation>Aceptar &amp;selección ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="376"/>
        <source>A&amp;ccept selected</source>
        <translation>Aceptar &amp;selección</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="381"/>
        <source>Wishes can be edited again when planning has finished</source>
        <translation>Los deseos se podrán editar de nuevo cuando termine la planificación</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="427"/>
        <source>Type or choose the organisation to meet.</source>
        <translation>Escribir o elegir la organización con la que reunirse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="430"/>
        <source>Several organisations match &apos;{name}&apos;: {names}; type more of the name.</source>
        <translation>Varias organizaciones coinciden con «{name}»: {names}; escribir más letras del nombre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="435"/>
        <source>No organisation is called &apos;{name}&apos;; choose one from the list.</source>
        <translation>Ninguna organización se llama «{name}»; elegir una de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="450"/>
        <source>An organisation cannot wish to meet itself.</source>
        <translation>Una organización no puede desear reunirse consigo misma.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="456"/>
        <source>{a} already wishes to meet {b} ({priority}); change its priority above.</source>
        <translation>{a} ya desea reunirse con {b} ({priority}); su prioridad se cambia arriba.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="466"/>
        <source>Add wish: {a} to meet {b}</source>
        <translation>Añadir el deseo de {a} de reunirse con {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="486"/>
        <source>Remove wish: {a} to meet {b}</source>
        <translation>Quitar el deseo de {a} de reunirse con {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="507"/>
        <source>Mark the meeting of {a} and {b} as agreed</source>
        <translation>Marcar como acordada la reunión de {a} y {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="509"/>
        <source>Make the meeting of {a} and {b} a wish again</source>
        <translation>Volver a convertir en deseo la reunión de {a} y {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="517"/>
        <source>Make {a}&apos;s wish to meet {b} &apos;{priority}&apos;</source>
        <translation>Cambiar a «{priority}» el deseo de {a} de reunirse con {b}</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="93"/>
        <source>Changes of the re-plan</source>
        <translation>Cambios de la replanificación</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="96"/>
        <source>No better fill of the freed tables exists.</source>
        <translation>No existe un reparto mejor de las mesas liberadas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="98"/>
        <source>The best fill found in the time.</source>
        <translation>El mejor reparto encontrado en el tiempo disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="101"/>
        <source>From {now}: {cancelled}, {added}, {moved}, {unchanged}. </source>
        <translation>Desde las {now}: {cancelled}, {added}, {moved}, {unchanged}. </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="103"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="104"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="105"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiada</numerusform>
            <numerusform>%n cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="106"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="113"/>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="114"/>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="115"/>
        <source>Moved</source>
        <translation>Movidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="116"/>
        <source>Kept with other people</source>
        <translation>Mantenidas con otras personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="129"/>
        <source>Apply the changes</source>
        <translation>Aplicar los cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="136"/>
        <source>Nothing needs to change.</source>
        <translation>No hace falta cambiar nada.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="560"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="560"/>
        <source>Old → new</source>
        <translation>Antes → ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="564"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="565"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="566"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="567"/>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="568"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="573"/>
        <source>added</source>
        <translation>de alta</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="574"/>
        <source>changed</source>
        <translation>con cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="575"/>
        <source>removed</source>
        <translation>de baja</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="576"/>
        <source>kept</source>
        <translation>sin quitar</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="70"/>
        <source>No event is open to update.</source>
        <translation>No hay ningún evento abierto que actualizar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="77"/>
        <source>Cannot compare with the event: {why}</source>
        <translation>No se puede comparar con el evento: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="89"/>
        <source>The workbook changes nothing in the event; there is nothing to apply.</source>
        <translation>El libro no cambia nada del evento; no hay nada que aplicar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/changes.py" line="97"/>
        <source>%n changes. Apply keeps a copy of the event as it is now in its backups folder.</source>
        <translation>
            <numerusform>%n cambio. Al aplicar, se guarda una copia del evento tal como está ahora en su carpeta de copias de seguridad.</numerusform>
            <numerusform>%n cambios. Al aplicar, se guarda una copia del evento tal como está ahora en su carpeta de copias de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="104"/>
        <source>{k} left the workbook but are kept, as they have meetings: to cancel those meetings, remove the organisation on the Organisations page after applying.</source>
        <translation>{k} ya no están en el libro, pero se conservan porque tienen reuniones: para cancelar esas reuniones, quitar la organización en la página Organizaciones después de aplicar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="125"/>
        <source>Planning is running: wait for it to finish or cancel it, then apply.</source>
        <translation>Hay una planificación en curso: esperar a que termine o cancelarla, y después aplicar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="131"/>
        <source>Update from {file}</source>
        <translation>Actualizar desde {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="136"/>
        <source>The changes could not be stored; nothing was changed.</source>
        <translation>No se han podido guardar los cambios; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="85"/>
        <source>Find a person to check in</source>
        <translation>Buscar a una persona para registrar su llegada</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="87"/>
        <source>Scan a badge, or type a check-in code or a few letters of a name</source>
        <translation>Escanear una acreditación o escribir un código de registro o unas letras del nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="98"/>
        <source>People found</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="134"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="167"/>
        <source>Check-in</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="177"/>
        <source>Arrivals per organisation</source>
        <translation>Llegadas por organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="107"/>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar llegada</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="109"/>
        <source>&amp;Absent for the day</source>
        <translation>Ausente &amp;todo el día</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="113"/>
        <source>&amp;Whole organisation absent for the day</source>
        <translation>&amp;Organización entera ausente todo el día</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="119"/>
        <source>Absen&amp;t from then</source>
        <translation>Ausente &amp;desde esa hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="123"/>
        <source>&amp;Organisation absent from then</source>
        <translation>Organización ausente desde esa &amp;hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="127"/>
        <source>&amp;Late: expected from then</source>
        <translation>&amp;Con retraso: llega a esa hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>De&amp;shacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="192"/>
        <source>&amp;Register a walk-in…</source>
        <translation>Registrar asistente sin &amp;inscripción…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="196"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="258"/>
        <source>Check-in of {name} undone</source>
        <translation>Se ha deshecho el registro de llegada de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="275"/>
        <source>{arrived} · {expected} · {absent} of {people}</source>
        <translation>{arrived} · {expected} · {absent} · {people} en total</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="276"/>
        <source>%n arrived</source>
        <translation>
            <numerusform>%n presente</numerusform>
            <numerusform>%n presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="277"/>
        <source>%n expected</source>
        <translation>
            <numerusform>%n por llegar</numerusform>
            <numerusform>%n por llegar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="278"/>
        <source>%n absent</source>
        <translation>
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="279"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="461"/>
        <source>Registered {organisation} with %n people; check them in below</source>
        <translation>
            <numerusform>Se ha registrado {organisation} con %n persona; su llegada se registra abajo</numerusform>
            <numerusform>Se ha registrado {organisation} con %n personas; su llegada se registra abajo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="314"/>
        <source>Nobody has the code or name “{text}”</source>
        <translation>Nadie tiene el código o el nombre «{text}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="339"/>
        <source>{name} checked in already at {time}</source>
        <translation>La llegada de {name} ya se registró a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="348"/>
        <source>{name} is not checked in yet: MeetGrid is busy planning or saving; try again in a moment</source>
        <translation>La llegada de {name} aún no se ha registrado: MeetGrid está ocupado planificando o guardando; volver a intentarlo en un momento</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="352"/>
        <source>Check in {name}</source>
        <translation>Registrar la llegada de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="357"/>
        <source>✓ {name} ({organisation}) checked in at {time}</source>
        <translation>✓ {name} ({organisation}): llegada registrada a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="401"/>
        <source>Mark {who} absent for the day</source>
        <translation>Marcar a {who} como ausente todo el día</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="404"/>
        <source>Mark {who} absent from {time}</source>
        <translation>Marcar a {who} como ausente desde las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="422"/>
        <source>Expect {who} from {time}</source>
        <translation>Esperar a {who} a partir de las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="452"/>
        <source>Register the walk-in {organisation}</source>
        <translation>Registrar a {organisation} como asistente sin inscripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="472"/>
        <source>No more meetings today</source>
        <translation>No hay más reuniones hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="476"/>
        <source>Meeting now, since {time}</source>
        <translation>En reunión ahora: {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="476"/>
        <source>Next meeting {time}</source>
        <translation>Próxima reunión: {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="481"/>
        <source>with {partner}</source>
        <translation>con {partner}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="488"/>
        <source>interpreter {name}</source>
        <translation>intérprete: {name}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="57"/>
        <source>&amp;Show the row</source>
        <translation>&amp;Mostrar la fila</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="59"/>
        <source>&amp;Read the file again</source>
        <translation>Volver a &amp;leer el archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="60"/>
        <source>After correcting and saving the workbook</source>
        <translation>Después de corregir y guardar el libro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/check.py" line="106"/>
        <source>%n problems stop the import.</source>
        <translation>
            <numerusform>%n problema impide la importación.</numerusform>
            <numerusform>%n problemas impiden la importación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/check.py" line="130"/>
        <source>%n warnings: what they name is left out; they do not stop the import.</source>
        <translation>
            <numerusform>%n aviso: lo que indica se omite; no impide la importación.</numerusform>
            <numerusform>%n avisos: lo que indican se omite; no impiden la importación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="108"/>
        <source>A problem stops the import.</source>
        <translation>Un problema impide la importación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="115"/>
        <source>Correct the errors in the workbook (double-click one to see its row), save it and press Read the file again; or, where a column was read as the wrong thing, correct it on the Columns page (Back).</source>
        <translation>Corregir los errores en el libro (doble clic en uno para ver su fila), guardarlo y pulsar Volver a leer el archivo; o, si una columna se ha leído como lo que no es, corregirla en la página Columnas (Atrás).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="125"/>
        <source>Ready to import {counts}.</source>
        <translation>Todo listo para importar {counts}.</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="31"/>
        <source>counting idle gaps and table changes…</source>
        <translation>contando huecos y cambios de mesa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="41"/>
        <source>the best possible under the rules you set</source>
        <translation>el mejor posible con las reglas establecidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="42"/>
        <source>good, not proven best (time limit)</source>
        <translation>bueno, sin garantía de ser el mejor (límite de tiempo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="45"/>
        <source>hardly any meetings — see the warnings</source>
        <translation>casi ninguna reunión: ver los avisos</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="47"/>
        <source>changed by hand since</source>
        <translation>cambiado a mano desde entonces</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="49"/>
        <source>last planned {when}: {how}</source>
        <translation>última planificación el {when}: {how}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="26"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="27"/>
        <source>%n locked</source>
        <translation>
            <numerusform>%n fijada</numerusform>
            <numerusform>%n fijadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="34"/>
        <source>%n idle gaps</source>
        <translation>
            <numerusform>%n hueco</numerusform>
            <numerusform>%n huecos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="35"/>
        <source>%n table changes</source>
        <translation>
            <numerusform>%n cambio de mesa</numerusform>
            <numerusform>%n cambios de mesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="36"/>
        <source>%n requests unmet</source>
        <translation>
            <numerusform>%n solicitud no cumplida</numerusform>
            <numerusform>%n solicitudes no cumplidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="62"/>
        <source>The timetable breaks %n rules as the event now stands; move or unlock these meetings, or plan again:</source>
        <translation>
            <numerusform>El horario incumple %n regla tal como está ahora el evento; mover o liberar esta reunión, o volver a planificar:</numerusform>
            <numerusform>El horario incumple %n reglas tal como está ahora el evento; mover o liberar estas reuniones, o volver a planificar:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="69"/>
        <source>
… and {n} more</source>
        <translation>
… y {n} más</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="75"/>
        <source>Look at this before printing the agendas:</source>
        <translation>Revisar esto antes de imprimir las agendas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="91"/>
        <source>Counting idle gaps and unmet requests</source>
        <translation>Contando huecos y solicitudes no cumplidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="112"/>
        <source>Every request is met.</source>
        <translation>Se cumplen todas las solicitudes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="118"/>
        <source>Could not work out the unmet requests: </source>
        <translation>No se han podido calcular las solicitudes no cumplidas: </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="119"/>
        <source>Could not count idle gaps and unmet requests: </source>
        <translation>No se han podido contar los huecos ni las solicitudes no cumplidas: </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="132"/>
        <source>All reasons ({n})</source>
        <translation>Todos los motivos ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="139"/>
        <source>Unmet requests</source>
        <translation>Solicitudes no cumplidas</translation>
    </message>
</context>
<context>
    <name>ChooserPanel</name>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="49"/>
        <location filename="../../app/ui/print/chooser.py" line="51"/>
        <source>Search organisations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="65"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="68"/>
        <source>No organisation matches the search.</source>
        <translation>Ninguna organización coincide con la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="72"/>
        <source>E&amp;xport everything…</source>
        <translation>Exportar &amp;todo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="75"/>
        <source>Every agenda as its own PDF, the badges, signs, run sheets and master grid, calendar files, schedule.json and schedule.xlsx, into a folder you choose</source>
        <translation>Cada agenda en su propio PDF, las acreditaciones, los carteles, las hojas de servicio, la cuadrícula general, los archivos de calendario, schedule.json y schedule.xlsx, en la carpeta que se elija</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="82"/>
        <source>Writes every agenda as its own PDF (in a folder &lt;i&gt;agendas&lt;/i&gt;), the badges, table signs, interpreter run sheets and master grid, a calendar file per organisation (in a folder &lt;i&gt;calendar&lt;/i&gt;), and the timetable as an Excel workbook and as schedule.json into a folder you choose.</source>
        <translation>Guarda cada agenda en su propio PDF (en una carpeta &lt;i&gt;agendas&lt;/i&gt;), las acreditaciones, los carteles de mesa, las hojas de servicio de los intérpretes y la cuadrícula general, un archivo de calendario por organización (en una carpeta &lt;i&gt;calendar&lt;/i&gt;) y el horario como libro de Excel y como schedule.json, en la carpeta que se elija.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="104"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="119"/>
        <source>Export for the day</source>
        <translation>Exportar para el día</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="137"/>
        <source>&amp;All agendas in one document</source>
        <translation>&amp;Todas las agendas en un documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="141"/>
        <source>&amp;One organisation&apos;s agenda</source>
        <translation>&amp;La agenda de una organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="143"/>
        <source>&amp;Changed since last printed ({n})</source>
        <translation>&amp;Con cambios desde la última impresión ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="139"/>
        <source>Every organisation&apos;s agenda, each on its own pages, to print in one go</source>
        <translation>La agenda de cada organización, cada una en sus propias páginas, para imprimirlas de una vez</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="147"/>
        <source>Only the agendas whose content changed since they were last printed, saved or exported, and those never printed: to reprint after a change of the timetable</source>
        <translation>Solo las agendas cuyo contenido ha cambiado desde la última vez que se imprimieron, guardaron o exportaron, y las que nunca se han impreso: para reimprimir tras un cambio del horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="152"/>
        <source>Every organisation</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="154"/>
        <source>The whole document, for every organisation, to print in one go</source>
        <translation>El documento completo, para todas las organizaciones, para imprimirlo de una vez</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="156"/>
        <source>One organisation only</source>
        <translation>Solo una organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="278"/>
        <source>Cannot note what was printed</source>
        <translation>No se puede anotar lo que se ha impreso</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="46"/>
        <source>A heading is read the same way in every sheet that has it. Greyed columns are not read.</source>
        <translation>Un encabezado se lee igual en todas las hojas que lo contienen. Las columnas en gris no se leen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="91"/>
        <source>{sheet} (not read)</source>
        <translation>{sheet} (no se lee)</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Arrived</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Expected</source>
        <translation>Por llegar</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Absent</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="113"/>
        <source>All organisations</source>
        <translation>Todas las organizaciones</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="379"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="379"/>
        <source>not at the event</source>
        <translation>no está en el evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="486"/>
        <source>Locked: keeps its time and table when the timetable is planned again</source>
        <translation>Fijada: conserva su hora y su mesa cuando se vuelve a planificar el horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="487"/>
        <source>Double-click to see it in the grid of all tables</source>
        <translation>Doble clic para verla en la cuadrícula de todas las mesas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="495"/>
        <source>needed: {languages}</source>
        <translation>se necesita: {languages}</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Meetings from</source>
        <translation>Reuniones desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Meetings until</source>
        <translation>Reuniones hasta</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="149"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="164"/>
        <source>Select the day to edit its breaks below</source>
        <translation>Seleccionar el día para editar sus descansos abajo</translation>
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
        <translation>Duración de las reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="37"/>
        <source>Pause between meetings</source>
        <translation>Pausa entre reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="42"/>
        <location filename="../../app/ui/setup/days.py" line="67"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="48"/>
        <source>&amp;Add a day</source>
        <translation>Añadir &amp;un día</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="50"/>
        <source>&amp;Remove the day</source>
        <translation>&amp;Quitar el día</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="59"/>
        <source>Add a &amp;break</source>
        <translation>Añadir un &amp;descanso</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="61"/>
        <source>Remove &amp;the break</source>
        <translation>Qu&amp;itar el descanso</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="53"/>
        <source>Breaks and plenary sessions</source>
        <translation>Descansos y sesiones plenarias</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="56"/>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="76"/>
        <source>No meeting is planned during a break; a plenary session or a site visit is a break too. Double-click a time to change it.</source>
        <translation>Durante un descanso no se planifica ninguna reunión; una sesión plenaria o una visita también cuentan como descanso. Doble clic en una hora para cambiarla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="88"/>
        <source>Breaks and plenary sessions on {day}</source>
        <translation>Descansos y sesiones plenarias del {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="90"/>
        <source>Breaks and plenary sessions (choose a day)</source>
        <translation>Descansos y sesiones plenarias (elegir un día)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="114"/>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="44"/>
        <source>B2B meetings</source>
        <translation>Reuniones B2B</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="52"/>
        <source>Ch&amp;oose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="57"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="81"/>
        <source>The event starts with {counts}.</source>
        <translation>El evento empieza con {counts}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="95"/>
        <source>An event file of this name exists: it is started afresh with these registrations, and a copy of it as it is now is kept in its backups folder.</source>
        <translation>Ya existe un archivo de evento con este nombre: se empieza de nuevo con estas inscripciones y se guarda una copia de cómo está ahora en su carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="118"/>
        <source>Choose where to save the event.</source>
        <translation>Elegir dónde guardar el evento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="127"/>
        <source>This is the event open now: a new event would replace it and its timetable. Choose another name, or update the open event from the workbook (Import ▸ Update) instead.</source>
        <translation>Este es el evento abierto ahora: un evento nuevo lo sustituiría, junto con su horario. Elegir otro nombre o, en su lugar, actualizar el evento abierto desde el libro (Importar ▸ Actualizar).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="138"/>
        <source>Cannot create the event: {why}</source>
        <translation>No se puede crear el evento: {why}</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/ui/print/documents.py" line="37"/>
        <location filename="../../app/ui/print/documents.py" line="81"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="45"/>
        <source>Badge layout</source>
        <translation>Formato de las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="53"/>
        <source>Printer offset to the right, mm</source>
        <translation>Desplazamiento de la impresora hacia la derecha, mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="54"/>
        <source>Printer offset up, mm</source>
        <translation>Desplazamiento de la impresora hacia arriba, mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="56"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="58"/>
        <source>up</source>
        <translation>arriba</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="63"/>
        <source>Print the alignment sheet on plain paper and hold it against a sheet of labels: where the outlines miss the labels, move them by as many millimetres. The offset is kept with the event for this layout.</source>
        <translation>Imprimir la hoja de alineación en papel normal y ponerla sobre una hoja de etiquetas: donde los contornos no coincidan con las etiquetas, desplazarlos esos mismos milímetros. El desplazamiento se guarda con el evento para este formato.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="72"/>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="74"/>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="211"/>
        <source>Change the printer offset</source>
        <translation>Cambiar el desplazamiento de la impresora</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../../app/ui/session.py" line="65"/>
        <source>Work out the figures</source>
        <translation>Calcular las cifras</translation>
    </message>
    <message>
        <location filename="../../app/ui/session.py" line="71"/>
        <source>Cannot work out the figures</source>
        <translation>No se pueden calcular las cifras</translation>
    </message>
    <message>
        <location filename="../../app/ui/session.py" line="196"/>
        <location filename="../../app/ui/session.py" line="292"/>
        <source>Cannot {what}</source>
        <translation>No se puede {what}</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="139"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
</context>
<context>
    <name>EventSettingsForm</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="36"/>
        <source>e.g. Innovation Park, Stavanger</source>
        <translation>p. ej., Innovation Park, Stavanger</translation>
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
        <translation>&amp;Solo reuniones entre grupos (p. ej., delegación y anfitriones)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="48"/>
        <source>&amp;Break from</source>
        <translation>&amp;Descanso de</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="59"/>
        <location filename="../../app/ui/dialogs.py" line="65"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="71"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="72"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="73"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="74"/>
        <source>Meetings from</source>
        <translation>Reuniones desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="75"/>
        <source>Meeting length</source>
        <translation>Duración de la reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="76"/>
        <source>Pause between meetings</source>
        <translation>Pausa entre reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="78"/>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>B2B meetings</source>
        <translation>Reuniones B2B</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <location filename="../../app/ui/setup/event.py" line="24"/>
        <location filename="../../app/ui/setup/event.py" line="43"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="26"/>
        <source>e.g. Innovation Park, Stavanger</source>
        <translation>p. ej., Innovation Park, Stavanger</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="30"/>
        <location filename="../../app/ui/setup/event.py" line="34"/>
        <source> meetings</source>
        <translation> reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="30"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="32"/>
        <source>An organisation&apos;s own limit, from its registration, comes first</source>
        <translation>El límite propio de una organización, indicado en su inscripción, tiene prioridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="34"/>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="36"/>
        <source>Every organisation with wishes gets at least this many meetings, or all it asked for</source>
        <translation>Cada organización con deseos obtiene al menos este número de reuniones, o todas las que pidió</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="38"/>
        <source> meetings in a row</source>
        <translation> reuniones seguidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="38"/>
        <source>No pause needed</source>
        <translation>Sin pausa obligatoria</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="40"/>
        <source>After this many meetings in a row, a participant gets at least one slot&apos;s pause</source>
        <translation>Tras este número de reuniones seguidas, un participante tiene al menos una franja de pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="44"/>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="45"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="46"/>
        <source>Meetings per organisation</source>
        <translation>Reuniones por organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="49"/>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="50"/>
        <source>At least</source>
        <translation>Como mínimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="51"/>
        <source>A pause after</source>
        <translation>Una pausa tras</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="59"/>
        <source>What the timetable aims for first (fairness, requests, compact days) is chosen on the Plan page.</source>
        <translation>Lo que prioriza el horario (equidad, solicitudes, días compactos) se elige en la página Planificar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="78"/>
        <source>{zone} (this computer&apos;s)</source>
        <translation>{zone} (la de este equipo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="84"/>
        <source>Time zone of the venue</source>
        <translation>Zona horaria del lugar</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="87"/>
        <source>Calendar files give the meeting times in this zone, so that they show right on every phone; leave it empty for this computer&apos;s own ({zone})</source>
        <translation>Los archivos de calendario dan las horas de las reuniones en esta zona, para que se muestren bien en cualquier teléfono; si se deja vacía, se usa la de este equipo ({zone})</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="97"/>
        <source>None: tables are shared</source>
        <translation>Ninguna: las mesas se comparten</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="102"/>
        <source>Every organisation of “{group}”</source>
        <translation>Todas las organizaciones de «{group}»</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/ui/print/export.py" line="63"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="72"/>
        <source>Exporting to {folder}…</source>
        <translation>Exportando a {folder}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="89"/>
        <source>Writing file {done} of {total}…</source>
        <translation>Escribiendo el archivo {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="115"/>
        <source>The export did not finish.</source>
        <translation>La exportación no ha terminado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="117"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="127"/>
        <source>{file}: the timetable by time, by organisation and by table, and the unmet requests</source>
        <translation>{file}: el horario por hora, por organización y por mesa, y las solicitudes no cumplidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="129"/>
        <source>{file}: the timetable for other programs</source>
        <translation>{file}: el horario para otros programas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="106"/>
        <source>Exported %n agendas to {folder}.</source>
        <translation>
            <numerusform>Se ha exportado %n agenda a {folder}.</numerusform>
            <numerusform>Se han exportado %n agendas a {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="124"/>
        <source>%n agendas, one PDF per organisation, in the folder &lt;i&gt;agendas&lt;/i&gt;</source>
        <translation>
            <numerusform>%n agenda, un PDF por organización, en la carpeta &lt;i&gt;agendas&lt;/i&gt;</numerusform>
            <numerusform>%n agendas, un PDF por organización, en la carpeta &lt;i&gt;agendas&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="138"/>
        <source>%n calendar files, one per organisation, in the folder &lt;i&gt;calendar&lt;/i&gt;, to add the meetings to a calendar</source>
        <translation>
            <numerusform>%n archivo de calendario, uno por organización, en la carpeta &lt;i&gt;calendar&lt;/i&gt;, para añadir las reuniones a un calendario</numerusform>
            <numerusform>%n archivos de calendario, uno por organización, en la carpeta &lt;i&gt;calendar&lt;/i&gt;, para añadir las reuniones a un calendario</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="145"/>
        <source>Written to {folder}:</source>
        <translation>Archivos escritos en {folder}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="152"/>
        <source>{file}: {document}</source>
        <translation>{file}: {document}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="159"/>
        <source>Export everything for the day to</source>
        <translation>Carpeta donde exportar todo lo del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="171"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="175"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="45"/>
        <source>The registrations file</source>
        <translation>El archivo de inscripciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="48"/>
        <source>&amp;Choose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="51"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="88"/>
        <source>Choose another file, or correct this one, save it and choose it again.</source>
        <translation>Elegir otro archivo, o corregir este, guardarlo y volver a elegirlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/file.py" line="97"/>
        <source>{file}: {sheets} of %n sheets read.</source>
        <translation>
            <numerusform>{file}: {sheets} de %n hoja leída.</numerusform>
            <numerusform>{file}: {sheets} de %n hojas leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/file.py" line="106"/>
        <source>%n problems stop the import for now; the next steps show where they are.</source>
        <translation>
            <numerusform>%n problema impide por ahora la importación; los pasos siguientes muestran dónde está.</numerusform>
            <numerusform>%n problemas impiden por ahora la importación; los pasos siguientes muestran dónde están.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="108"/>
        <source>A problem stops the import for now; the next steps show where it is.</source>
        <translation>Un problema impide por ahora la importación; los pasos siguientes muestran dónde está.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="110"/>
        <source>Press Next to see how it was read.</source>
        <translation>Pulsar Siguiente para ver cómo se ha leído.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>What</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="76"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="77"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="78"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="81"/>
        <source>%n interpreters</source>
        <translation>
            <numerusform>%n intérprete</numerusform>
            <numerusform>%n intérpretes</numerusform>
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
        <translation>&lt;h2&gt;Importar inscripciones&lt;/h2&gt;&lt;p&gt;MeetGrid lee las inscripciones de un libro de Excel (.xlsx, .xlsm) o de un archivo CSV: la plantilla de MeetGrid, con hojas de organizaciones, participantes y solicitudes, o la exportación de un formulario de inscripción, con una fila por persona y los deseos escritos en una celda.&lt;/p&gt;&lt;p&gt;Antes de guardar nada se muestra, paso a paso, qué hoja se lee como qué, las primeras filas de cada hoja bajo el campo que pasa a ser cada columna (se puede corregir cualquier columna que MeetGrid haya interpretado mal), cada problema con su fila y los nombres que ha tenido que adivinar, para confirmarlos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="328"/>
        <source>&amp;New event from registrations…</source>
        <translation>&amp;Nuevo evento a partir de inscripciones…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="333"/>
        <source>&amp;Update from a changed workbook…</source>
        <translation>Actualizar &amp;desde un libro modificado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="362"/>
        <source>&lt;p&gt;When registrations change after the import, read the changed workbook into &lt;b&gt;{event}&lt;/b&gt;: you see every difference before it is applied; your own edits and the meetings of those who stay are kept, and Undo takes the update back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si las inscripciones cambian después de la importación, se puede leer el libro modificado en &lt;b&gt;{event}&lt;/b&gt;: se muestran todas las diferencias antes de aplicarlas; se conservan los cambios hechos a mano y las reuniones de quienes siguen, y Deshacer revierte la actualización.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="105"/>
        <source>Update the event from a changed workbook</source>
        <translation>Actualizar el evento desde un libro modificado</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="107"/>
        <source>New event from registrations</source>
        <translation>Nuevo evento a partir de inscripciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="112"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="112"/>
        <source>&amp;Create the event</source>
        <translation>&amp;Crear el evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="166"/>
        <source>Import registrations</source>
        <translation>Importar inscripciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="172"/>
        <source>Save the event as</source>
        <translation>Guardar el evento como</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="230"/>
        <source>Reading the registrations</source>
        <translation>Leyendo las inscripciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="251"/>
        <source>Cannot import the registrations</source>
        <translation>No se pueden importar las inscripciones</translation>
    </message>
</context>
<context>
    <name>InterpreterDayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="128"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="128"/>
        <source>New interpreter</source>
        <translation>Nuevo intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="134"/>
        <source>e.g. Chinese, Norwegian, English</source>
        <translation>p. ej., chino, noruego, inglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="135"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="136"/>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="156"/>
        <source>e.g. 12:00-12:45, 15:15-15:45</source>
        <translation>p. ej., 12:00-12:45, 15:15-15:45</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="157"/>
        <source>Times of every day when the interpreter is not there</source>
        <translation>Horas de cada día en que el intérprete no está</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="159"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="160"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="161"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="162"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="163"/>
        <source>Leave both times unticked when the interpreter is there all day.</source>
        <translation>Dejar ambas horas sin marcar si el intérprete está todo el día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="188"/>
        <source>The interpreter must be there until after they arrive.</source>
        <translation>La hora de salida del intérprete debe ser posterior a la de llegada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="194"/>
        <source>&apos;{part}&apos; is not a span of time; write it like 12:00-12:45, several separated by commas.</source>
        <translation>«{part}» no es un intervalo de tiempo; escribirlo como 12:00-12:45, y varios separados por comas.</translation>
    </message>
</context>
<context>
    <name>InterpretersModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="351"/>
        <source>from {time}</source>
        <translation>desde las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="353"/>
        <source>until {time}</source>
        <translation>hasta las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="354"/>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="361"/>
        <source>, away {spans}</source>
        <translation>, ausente {spans}</translation>
    </message>
</context>
<context>
    <name>InterpretersTab</name>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="46"/>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="49"/>
        <source>&amp;Add an interpreter…</source>
        <translation>Añadir &amp;un intérprete…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="51"/>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="55"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="59"/>
        <source>Preferred: such meetings go ahead; interpreters are named where they are free</source>
        <translation>Preferible: esas reuniones se celebran igualmente; se asignan intérpretes donde estén libres</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="63"/>
        <source>Required: such a meeting takes place only with an interpreter</source>
        <translation>Obligatorio: esa reunión solo se celebra con intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="66"/>
        <location filename="../../app/ui/setup/interpreters.py" line="69"/>
        <source>Meetings without a shared language</source>
        <translation>Reuniones sin idioma común</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="75"/>
        <source>Organisations that share no language need someone who speaks a language of each: an interpreter listed here (one meeting at a time), or one of their own people who speaks both. Without interpreters listed, such meetings are planned and marked as needing interpreting, so you see how many to book.</source>
        <translation>Las organizaciones que no comparten idioma necesitan a alguien que hable un idioma de cada una: un intérprete de esta lista (una reunión cada vez) o una de sus propias personas que hable ambos. Si no hay intérpretes en la lista, esas reuniones se planifican y se marcan como pendientes de interpretación, para saber cuántos intérpretes hay que contratar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Abrir evento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>Open &amp;shared event…</source>
        <translation>Abrir evento &amp;compartido…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>An event on a PostgreSQL server, which several desks work on (meetgrid share puts it there)</source>
        <translation>Un evento en un servidor PostgreSQL, en el que trabajan varios mostradores (meetgrid share lo sube allí)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>&amp;New event from workbook…</source>
        <translation>&amp;Nuevo evento desde libro…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;Plan timetable</source>
        <translation>&amp;Planificar horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Cancel planning</source>
        <translation>&amp;Cancelar planificación</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>&amp;Export everything…</source>
        <translation>&amp;Exportar todo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Every agenda as its own PDF, schedule.json and schedule.xlsx, into a folder you choose</source>
        <translation>Cada agenda en su propio PDF, schedule.json y schedule.xlsx, en la carpeta que se elija</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Show the Print and export page and print the document previewed there</source>
        <translation>Mostrar la página «Imprimir y exportar» e imprimir el documento que se previsualiza en ella</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Save a blank &amp;registration workbook…</source>
        <translation>Guardar libro de inscripción en &amp;blanco…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>The MeetGrid layout with instructions, to send to the participants</source>
        <translation>La plantilla de MeetGrid con instrucciones, para enviarla a los participantes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <location filename="../../app/ui/main_window.py" line="810"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <location filename="../../app/ui/main_window.py" line="813"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;Lock or unlock meetings</source>
        <translation>&amp;Fijar o liberar reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>A locked meeting keeps its time and table when the timetable is planned again</source>
        <translation>Una reunión fijada conserva su hora y su mesa cuando se vuelve a planificar el horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>&amp;Plan</source>
        <translation>&amp;Planificar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Exporting to {folder}…</source>
        <translation>Exportando a {folder}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>Event setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="265"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Timetable</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269"/>
        <source>Check-in</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>Print and export</source>
        <translation>Imprimir y exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="576"/>
        <source>Updated from the workbook: %n changes; plan again to use them. Undo takes them back.</source>
        <translation>
            <numerusform>Actualizado desde el libro: %n cambio; hay que volver a planificar para aplicarlo. Deshacer lo revierte.</numerusform>
            <numerusform>Actualizado desde el libro: %n cambios; hay que volver a planificar para aplicarlos. Deshacer los revierte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="612"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="613"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="614"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="615"/>
        <source>{met} of %n requests met</source>
        <translation>
            <numerusform>{met} de %n solicitud cumplida</numerusform>
            <numerusform>{met} de %n solicitudes cumplidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="712"/>
        <source>Planned %n meetings in {s} s: {status}</source>
        <translation>
            <numerusform>%n reunión planificada en {s} s: {status}</numerusform>
            <numerusform>%n reuniones planificadas en {s} s: {status}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="759"/>
        <source>Preparing the document to print…</source>
        <translation>Preparando el documento para imprimir…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="794"/>
        <source>Exported %n agendas to {folder}</source>
        <translation>
            <numerusform>Se ha exportado %n agenda a {folder}</numerusform>
            <numerusform>Se han exportado %n agendas a {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>&amp;Board for the hall</source>
        <translation>&amp;Panel para la sala</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>The clock, the running round and the next round&apos;s tables, full screen on a second screen</source>
        <translation>El reloj, la ronda en curso y las mesas de la siguiente ronda, a pantalla completa en un segundo monitor</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <location filename="../../app/ui/main_window.py" line="304"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Planning in progress</source>
        <translation>Planificación en curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>Wait for planning to finish or cancel it, then choose the language again.</source>
        <translation>Espere a que termine la planificación o cancélela, y vuelva a elegir el idioma.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="411"/>
        <source>Open event</source>
        <translation>Abrir evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="417"/>
        <source>Open shared event</source>
        <translation>Abrir evento compartido</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>The event&apos;s address on the server, for example
postgresql+psycopg://desk@venue-laptop/b2b?event=stavanger-2026
(the password comes from PGPASSWORD or ~/.pgpass, never from here)</source>
        <translation>La dirección del evento en el servidor, por ejemplo
postgresql+psycopg://desk@venue-laptop/b2b?event=stavanger-2026
(la contraseña se toma de PGPASSWORD o ~/.pgpass, nunca de aquí)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>Export agendas and timetable to</source>
        <translation>Carpeta donde exportar agendas y horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432"/>
        <source>Save a blank registration workbook</source>
        <translation>Guardar un libro de inscripción en blanco</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>Cannot save the workbook</source>
        <translation>No se puede guardar el libro</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Saved the blank registration workbook {path}</source>
        <translation>Se ha guardado el libro de inscripción en blanco {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Cannot open the event</source>
        <translation>No se puede abrir el evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="489"/>
        <source>A shared event&apos;s address starts with postgresql+psycopg:// — {url} does not.</source>
        <translation>La dirección de un evento compartido empieza por postgresql+psycopg:// — {url} no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Wait for planning to finish or cancel it.</source>
        <translation>Esperar a que termine la planificación o cancelarla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522"/>
        <source>This event was saved by an older MeetGrid and has been upgraded; the file as it was is kept in {path}</source>
        <translation>Este evento se guardó con una versión anterior de MeetGrid y se ha actualizado; el archivo original se conserva en {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="637"/>
        <source>Change what matters most</source>
        <translation>Cambiar lo que más importa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="659"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="671"/>
        <source>No timetable can keep every agreed or locked meeting and rule; nothing changed.</source>
        <translation>Ningún horario puede respetar todas las reuniones acordadas o fijadas y todas las reglas; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="681"/>
        <source>Take one of these agreed meetings out (Requests page), let the organisations stay longer, or give the event more slots or tables, and plan again.</source>
        <translation>Quitar una de estas reuniones acordadas (página Solicitudes), dejar que las organizaciones se queden más tiempo o dar al evento más franjas o mesas, y volver a planificar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="685"/>
        <source>Unlock or move one of the locked meetings, or lower a minimum, and plan again.</source>
        <translation>Liberar o mover una de las reuniones fijadas, o bajar un mínimo, y volver a planificar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="688"/>
        <source>Lower the minimum number of meetings (Event setup, or the organisations&apos; own minimum), or give the event more slots or tables, and plan again.</source>
        <translation>Bajar el número mínimo de reuniones (en Configuración o el mínimo propio de las organizaciones) o dar al evento más franjas o mesas, y volver a planificar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="693"/>
        <source>No timetable possible</source>
        <translation>No es posible ningún horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="694"/>
        <source>No timetable can keep all of these together:</source>
        <translation>Ningún horario puede cumplir todo esto a la vez:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="702"/>
        <source>Planning stopped before a timetable was found; nothing changed.</source>
        <translation>La planificación se detuvo antes de encontrar un horario; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="705"/>
        <source>Plan the timetable</source>
        <translation>Planificar el horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="723"/>
        <source>Planning failed; nothing changed.</source>
        <translation>La planificación ha fallado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="725"/>
        <source>Planning failed</source>
        <translation>La planificación ha fallado</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="786"/>
        <source>An export is still running; wait for it to finish.</source>
        <translation>Aún hay una exportación en curso; esperar a que termine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="810"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="813"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="890"/>
        <source>The server answers again.</source>
        <translation>El servidor vuelve a responder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="896"/>
        <source>Another desk&apos;s changes are shown.</source>
        <translation>Se muestran los cambios de otro mostrador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="902"/>
        <source>The server cannot be reached; the event is shown as last read, and MeetGrid keeps trying.</source>
        <translation>No se puede conectar con el servidor; el evento se muestra tal como se leyó por última vez y MeetGrid sigue intentándolo.</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="414"/>
        <source>Typed</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="415"/>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="416"/>
        <source>Alike</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="417"/>
        <source>First typed at</source>
        <translation>Primera aparición</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="418"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="448"/>
        <source>row {n}</source>
        <translation>fila {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="450"/>
        <source>column {c}</source>
        <translation>columna {c}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="470"/>
        <source>(none given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="484"/>
        <source>%n requests to {name}</source>
        <translation>
            <numerusform>%n solicitud a {name}</numerusform>
            <numerusform>%n solicitudes a {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="487"/>
        <source>%n requests from {name}</source>
        <translation>
            <numerusform>%n solicitud de {name}</numerusform>
            <numerusform>%n solicitudes de {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="516"/>
        <source>%n requests from {row} to {column}</source>
        <translation>
            <numerusform>%n solicitud de {row} a {column}</numerusform>
            <numerusform>%n solicitudes de {row} a {column}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="505"/>
        <source>{n} · {met} met</source>
        <translation>{n} · {met} cumplidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="521"/>
        <source>, {met} of them met</source>
        <translation>, {met} de ellas cumplidas</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="41"/>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="42"/>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="45"/>
        <source>Requests from</source>
        <translation>Solicitudes de</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="47"/>
        <source>(rows) to</source>
        <translation>(filas) a</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="49"/>
        <source>(columns)</source>
        <translation>(columnas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="55"/>
        <source>Requests between groups</source>
        <translation>Solicitudes entre grupos</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="88"/>
        <source>Requests of the chosen cell</source>
        <translation>Solicitudes de la celda elegida</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="127"/>
        <source>Click a cell to list its requests.</source>
        <translation>Hacer clic en una celda para ver sus solicitudes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="131"/>
        <source>No requests yet. Add wishes on the &apos;By organisation&apos; tab, or accept suggested pairs.</source>
        <translation>Aún no hay solicitudes. Se pueden añadir deseos en la pestaña «Por organización» o aceptar parejas sugeridas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="139"/>
        <source>Each cell counts the requests from organisations of its row to organisations of its column{met}; the deeper the colour, the more requests. Click a cell to list them.</source>
        <translation>Cada celda cuenta las solicitudes de las organizaciones de su fila a las de su columna{met}; cuanto más intenso es el color, más solicitudes hay. Hacer clic en una celda para verlas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="141"/>
        <source>, and how many the timetable meets</source>
        <translation>, y cuántas cumple el horario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/matrix.py" line="161"/>
        <source>%n requests from {row} to {column}</source>
        <translation>
            <numerusform>%n solicitud de {row} a {column}</numerusform>
            <numerusform>%n solicitudes de {row} a {column}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/names.py" line="58"/>
        <source>%n names were matched approximately; {a} of them are read as shown.</source>
        <translation>
            <numerusform>%n nombre se ha reconocido de forma aproximada; {a} de ellos se leen como se muestra.</numerusform>
            <numerusform>%n nombres se han reconocido de forma aproximada; {a} de ellos se leen como se muestra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationListModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="151"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="152"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="153"/>
        <source>Wishes</source>
        <translation>Deseos</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="154"/>
        <source>Wished by</source>
        <translation>Deseada por</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="185"/>
        <source>How many organisations it wishes to meet</source>
        <translation>Con cuántas organizaciones desea reunirse</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="187"/>
        <source>How many organisations wish to meet it</source>
        <translation>Cuántas organizaciones desean reunirse con ella</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="205"/>
        <source>Interests: </source>
        <translation>Intereses: </translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="27"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="28"/>
        <source>Local name</source>
        <translation>Nombre local</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="29"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="30"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="31"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="32"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="33"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="240"/>
        <source>Search names, countries, interests, people…</source>
        <translation>Buscar nombres, países, intereses, personas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="242"/>
        <source>Search organisations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="245"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="246"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="247"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="249"/>
        <source>Only the organisations that hold no meeting</source>
        <translation>Solo las organizaciones que no tienen ninguna reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="260"/>
        <source>Organisations shown</source>
        <translation>Organizaciones mostradas</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="264"/>
        <source>An organisation that registered after the import, and its people</source>
        <translation>Una organización que se inscribió después de la importación, con sus personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="282"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="248"/>
        <source>&amp;No meetings yet</source>
        <translation>Aún &amp;sin reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="251"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="262"/>
        <source>&amp;Add a late registration…</source>
        <translation>Añadir &amp;una inscripción tardía…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="267"/>
        <source>&amp;Remove organisation…</source>
        <translation>Quitar &amp;organización…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="289"/>
        <source>A&amp;dd person…</source>
        <translation>A&amp;ñadir persona…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="291"/>
        <source>Re&amp;move person…</source>
        <translation>Qu&amp;itar persona…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="298"/>
        <source>People of the selected organisation</source>
        <translation>Personas de la organización seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="309"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="329"/>
        <source>Planning in progress: changes wait until it has finished.</source>
        <translation>Planificación en curso: los cambios esperan a que termine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="345"/>
        <source>No event open</source>
        <translation>Ningún evento abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="349"/>
        <source>Open an event or import registrations: this page lists the organisations and their people, to search, correct, and add late registrations.</source>
        <translation>Abrir un evento o importar inscripciones: esta página muestra las organizaciones y sus personas para buscarlas, corregirlas y añadir inscripciones tardías.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="367"/>
        <source>{name} filter</source>
        <translation>Filtro: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="416"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="418"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="422"/>
        <source>All interests</source>
        <translation>Todos los intereses</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="448"/>
        <source>(none given)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="473"/>
        <source>Showing {shown} of %n organisations</source>
        <translation>
            <numerusform>Mostrando {shown} de %n organización</numerusform>
            <numerusform>Mostrando {shown} de %n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="475"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="589"/>
        <source>its %n people</source>
        <translation>
            <numerusform>su única persona</numerusform>
            <numerusform>sus %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="592"/>
        <source>its %n meetings</source>
        <translation>
            <numerusform>su única reunión</numerusform>
            <numerusform>sus %n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="736"/>
        <source>{person} is on %n meetings. They stay in the timetable, without {person}.</source>
        <translation>
            <numerusform>{person} tiene %n reunión. Se mantiene en el horario, sin {person}.</numerusform>
            <numerusform>{person} tiene %n reuniones. Se mantienen en el horario, sin {person}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="548"/>
        <source>Select an organisation to see its people</source>
        <translation>Seleccionar una organización para ver sus personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="551"/>
        <source>People of {name}</source>
        <translation>Personas de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="622"/>
        <location filename="../../app/ui/organisations_page.py" line="635"/>
        <source>Change {field} of {name}</source>
        <translation>Cambiar {field} de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="666"/>
        <source>Register {name}</source>
        <translation>Inscribir {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="686"/>
        <source>Remove {name} from the event?</source>
        <translation>¿Eliminar {name} del evento?</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="691"/>
        <source>This also removes {what}.</source>
        <translation>Esto también elimina {what}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="691"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="694"/>
        <source>It holds no meetings.</source>
        <translation>No tiene reuniones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="695"/>
        <source>Edit ▸ Undo brings it all back.</source>
        <translation>Edición ▸ Deshacer lo restaura todo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="696"/>
        <source>Remove an organisation</source>
        <translation>Eliminar una organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="696"/>
        <location filename="../../app/ui/organisations_page.py" line="740"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="702"/>
        <source>Remove {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="718"/>
        <source>Add {person} to {name}</source>
        <translation>Añadir {person} a {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="739"/>
        <source>Remove {person}?</source>
        <translation>¿Eliminar a {person}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="745"/>
        <source>Remove {person}</source>
        <translation>Eliminar a {person}</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="52"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="53"/>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="54"/>
        <location filename="../../app/ui/outcomes_page.py" line="55"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="56"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="57"/>
        <source>Who was missing</source>
        <translation>Quién faltó</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="58"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="59"/>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="60"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="64"/>
        <source>held</source>
        <translation>celebrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="65"/>
        <source>not held</source>
        <translation>no celebrada</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="215"/>
        <source>Outcomes of the meetings</source>
        <translation>Resultados de las reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="230"/>
        <source>&amp;Write blank feedback workbook…</source>
        <translation>&amp;Crear un libro de valoraciones en blanco…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="231"/>
        <source>&amp;Import feedback…</source>
        <translation>&amp;Importar valoraciones…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="232"/>
        <source>Wri&amp;te the report…</source>
        <translation>&amp;Generar el informe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="241"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="244"/>
        <source>What came of each meeting: double-click a cell to record it, or hand out the feedback workbook and import it when filled in. Undo takes back any change.</source>
        <translation>El resultado de cada reunión: hacer doble clic en una celda para anotarlo, o repartir el libro de valoraciones e importarlo una vez rellenado. Deshacer revierte cualquier cambio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="266"/>
        <source>{planned} meetings: {held} held, {not_held} not held, {unknown} unknown; {follow} follow-ups</source>
        <translation>{planned} reuniones: {held} celebradas, {not_held} no celebradas, {unknown} sin datos; {follow} con seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="278"/>
        <location filename="../../app/ui/outcomes_page.py" line="283"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="283"/>
        <source>Import feedback</source>
        <translation>Importar valoraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="288"/>
        <source>Write the report to</source>
        <translation>Guardar el informe en</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="303"/>
        <source>Record the outcome of {a} – {b}</source>
        <translation>Anotar el resultado de {a} – {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="323"/>
        <source>Write the feedback workbook</source>
        <translation>Guardar el libro de valoraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="332"/>
        <source>Cannot write the feedback workbook</source>
        <translation>No se puede guardar el libro de valoraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="335"/>
        <source>Feedback workbook</source>
        <translation>Libro de valoraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="335"/>
        <source>Wrote {path}</source>
        <translation>Se ha guardado {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="349"/>
        <source>Import feedback from {name}</source>
        <translation>Importar valoraciones de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="353"/>
        <source>Rows with answers: {rows}; left empty: {empty}; outcomes changed: {changed}.</source>
        <translation>Filas con respuestas: {rows}; vacías: {empty}; resultados modificados: {changed}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="359"/>
        <source>Not read:</source>
        <translation>Sin leer:</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="363"/>
        <source>Feedback imported</source>
        <translation>Valoraciones importadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="376"/>
        <source>Cannot write the report</source>
        <translation>No se puede generar el informe</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="380"/>
        <source>Report written</source>
        <translation>Informe generado</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="381"/>
        <source>Wrote {pdf} and {xlsx}</source>
        <translation>Se han guardado {pdf} y {xlsx}</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="255"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="256"/>
        <source>Name in own script</source>
        <translation>Nombre en escritura original</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="257"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="258"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="259"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="260"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="261"/>
        <source>Check-in code</source>
        <translation>Código de llegada</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="323"/>
        <source>The check-in code on the badge and agenda; Ctrl+C copies it</source>
        <translation>El código de llegada que figura en la acreditación y la agenda; Ctrl+C lo copia</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="29"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="30"/>
        <source>Name in own script</source>
        <translation>Nombre en escritura original</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="31"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="32"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="81"/>
        <source>arrived {time}</source>
        <translation>llegó a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="83"/>
        <source>leaves {time}</source>
        <translation>se va a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="86"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="89"/>
        <source>expected from {time}</source>
        <translation>con retraso, llega a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="91"/>
        <source>expected, absent from {time}</source>
        <translation>por llegar, ausente desde las {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="92"/>
        <source>expected</source>
        <translation>por llegar</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="186"/>
        <source>Add a person to {name}</source>
        <translation>Añadir una persona a {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="192"/>
        <source>Add</source>
        <translation>Añadir</translation>
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
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="59"/>
        <source>How long the planner may search; the best timetable found by then is kept</source>
        <translation>Cuánto tiempo puede buscar el planificador; se conserva el mejor horario encontrado hasta entonces</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="63"/>
        <source>What matters most, in order</source>
        <translation>Lo más importante, por orden</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="83"/>
        <source>By default planning the same event twice gives the same timetable. At full speed the planner uses the whole time limit as fast as it can, and results may differ between runs.</source>
        <translation>De forma predeterminada, planificar dos veces el mismo evento da el mismo horario. A máxima velocidad, el planificador aprovecha todo el límite de tiempo lo más rápido posible y los resultados pueden variar de una ejecución a otra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="88"/>
        <source>&amp;Agreed meetings: every request must take place</source>
        <translation>Reuniones &amp;acordadas: todas las solicitudes deben celebrarse</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="91"/>
        <source>For a day whose meetings were requested and accepted on a matchmaking platform: every request is a meeting both sides agreed to. Each one gets a time and a table, with as few idle gaps as possible for anyone; when they cannot all take place, MeetGrid names the few that cannot be held together. Without it, only requests marked agreed must take place.</source>
        <translation>Para una jornada cuyas reuniones se solicitaron y aceptaron en una plataforma de matchmaking: cada solicitud es una reunión acordada por ambas partes. Cada una recibe hora y mesa, con los menos huecos posibles para todos; si no pueden celebrarse todas, MeetGrid indica las pocas que no caben juntas. Sin esta opción, solo deben celebrarse las solicitudes marcadas como acordadas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="102"/>
        <source>What matters most, first</source>
        <translation>Lo más importante, primero</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="66"/>
        <source>&amp;Move up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="67"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="70"/>
        <source>&amp;Usual order</source>
        <translation>&amp;Orden habitual</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="80"/>
        <source>Full &amp;speed (the same event may give another timetable)</source>
        <translation>&amp;Máxima velocidad (el mismo evento puede dar otro horario)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="105"/>
        <source>Plan &amp;the timetable</source>
        <translation>Planificar el &amp;horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="108"/>
        <source>&amp;Cancel and keep the best so far</source>
        <translation>&amp;Cancelar y conservar el mejor hasta ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="110"/>
        <source>See the t&amp;imetable</source>
        <translation>Ve&amp;r el horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="117"/>
        <source>Planner settings</source>
        <translation>Ajustes del planificador</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="134"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="173"/>
        <source>Fairness: every organisation gets meetings, the worst-off first</source>
        <translation>Equidad: todas las organizaciones tienen reuniones, empezando por las menos favorecidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="174"/>
        <source>Requests: as many wished-for meetings as possible, mutual ones first</source>
        <translation>Solicitudes: el máximo de reuniones deseadas, primero las mutuas</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="175"/>
        <source>Compact days: few idle gaps between an organisation&apos;s meetings</source>
        <translation>Jornadas compactas: pocos huecos entre las reuniones de una organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="177"/>
        <source>Interpreters: as many meetings without a shared language as possible get one</source>
        <translation>Intérpretes: el máximo de reuniones sin idioma común tiene intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="225"/>
        <source>Open or import an event first.</source>
        <translation>Primero hay que abrir o importar un evento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="245"/>
        <source>Look at this before printing the agendas:</source>
        <translation>Revisar esto antes de imprimir las agendas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="249"/>
        <source>Not planned yet</source>
        <translation>Aún sin planificar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="252"/>
        <source>{orgs} organisations have asked for %n meetings. Choose how long the planner may search and what matters most, then plan.</source>
        <translation>
            <numerusform>{orgs} organizaciones han solicitado %n reunión. Elegir cuánto tiempo puede buscar el planificador y qué es lo más importante, y después planificar.</numerusform>
            <numerusform>{orgs} organizaciones han solicitado %n reuniones. Elegir cuánto tiempo puede buscar el planificador y qué es lo más importante, y después planificar.</numerusform>
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
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="268"/>
        <source>{met} of %n requests met</source>
        <translation>
            <numerusform>{met} de %n solicitud cumplida</numerusform>
            <numerusform>{met} de %n solicitudes cumplidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="284"/>
        <source>%n requests could not be met (see the Timetable page for each one):</source>
        <translation>
            <numerusform>%n solicitud no se ha podido cumplir (la página Horario la detalla):</numerusform>
            <numerusform>%n solicitudes no se han podido cumplir (la página Horario detalla cada una):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="297"/>
        <source>%n meetings need interpreting:</source>
        <translation>
            <numerusform>%n reunión necesita interpretación:</numerusform>
            <numerusform>%n reuniones necesitan interpretación:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="321"/>
        <source>Only {n} meetings planned for %n requested pairs — see the warnings above</source>
        <translation>
            <numerusform>Solo {n} reuniones planificadas para %n pareja solicitada — ver los avisos de arriba</numerusform>
            <numerusform>Solo {n} reuniones planificadas para %n parejas solicitadas — ver los avisos de arriba</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="262"/>
        <source>Changed by hand since it was planned</source>
        <translation>Modificado a mano desde que se planificó</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="272"/>
        <source>Planned {when} in {s} s</source>
        <translation>Planificado el {when} en {s} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="278"/>
        <source>When planned: {verdict}</source>
        <translation>Al planificar: {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="289"/>
        <source>{reason}: {n} — {advice}</source>
        <translation>{reason}: {n} — {advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="306"/>
        <source>The best possible timetable under the rules you set</source>
        <translation>El mejor horario posible con las reglas establecidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="308"/>
        <source>A good timetable, not proven the best (the planner ran out of time)</source>
        <translation>Un buen horario, sin demostrar que sea el mejor (al planificador se le acabó el tiempo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="310"/>
        <source>No timetable can keep every agreed or locked meeting and rule</source>
        <translation>Ningún horario puede respetar todas las reuniones acordadas o fijadas y todas las reglas</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="311"/>
        <source>No timetable found in the time given</source>
        <translation>No se ha encontrado ningún horario en el tiempo dado</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="319"/>
        <source>No meetings planned — see the warnings above</source>
        <translation>No se ha planificado ninguna reunión — ver los avisos de arriba</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="367"/>
        <source>Planning… {s} s</source>
        <translation>Planificando… {s} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="371"/>
        <source>fairness level</source>
        <translation>nivel de equidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="372"/>
        <source>requests</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="373"/>
        <source>idle gaps</source>
        <translation>huecos</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="374"/>
        <source>meetings with an interpreter</source>
        <translation>reuniones con intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="376"/>
        <source>, {stage}: best {value}</source>
        <translation>, {stage}: mejor {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="380"/>
        <source>, within {gap} % of the best possible</source>
        <translation>, a menos del {gap} % del mejor posible</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="402"/>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="403"/>
        <source>Looking for a first timetable.</source>
        <translation>Buscando un primer horario.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="410"/>
        <source>Planning… {s} s, now improving {tier}</source>
        <translation>Planificando… {s} s; ahora se mejora: {tier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="416"/>
        <source>best so far {value}</source>
        <translation>mejor hasta ahora: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="418"/>
        <source>best possible {value}</source>
        <translation>mejor posible: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="431"/>
        <source>No timetable can keep all of these together:</source>
        <translation>Ningún horario puede cumplir todo esto a la vez:</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="437"/>
        <source>Stopped: the best timetable found so far is kept</source>
        <translation>Detenido: se conserva el mejor horario encontrado hasta ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="439"/>
        <source>Stopped before a timetable was found; nothing changed</source>
        <translation>Detenido antes de encontrar un horario; no ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="443"/>
        <source>Planning failed; the timetable is as it was</source>
        <translation>La planificación ha fallado; el horario sigue como estaba</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="265"/>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="269"/>
        <source>Row {n} of the sheet</source>
        <translation>Fila {n} de la hoja</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="305"/>
        <source>Not read: {why}</source>
        <translation>Sin leer: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="307"/>
        <source>Read as you chose</source>
        <translation>Se lee como se ha elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="308"/>
        <source>What MeetGrid reads from this column; choose another field to correct it</source>
        <translation>Lo que MeetGrid lee de esta columna; elegir otro campo para corregirlo</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../app/ui/print/preview.py" line="63"/>
        <source>Print the document shown, or some of its pages</source>
        <translation>Imprimir el documento mostrado o algunas de sus páginas</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="66"/>
        <source>Save the document shown as a PDF file</source>
        <translation>Guardar el documento mostrado como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="73"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="74"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="76"/>
        <location filename="../../app/ui/print/preview.py" line="77"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="82"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="82"/>
        <source>Fit the page width</source>
        <translation>Ajustar al ancho de la página</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="85"/>
        <source>Fit page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="85"/>
        <source>Show a whole page at once</source>
        <translation>Mostrar una página entera</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="90"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="93"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="100"/>
        <location filename="../../app/ui/print/preview.py" line="134"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="62"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="65"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="119"/>
        <source>&amp;Cancel printing</source>
        <translation>&amp;Cancelar la impresión</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="146"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="228"/>
        <source>Preparing the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="239"/>
        <source>No timetable yet</source>
        <translation>Aún no hay horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="242"/>
        <source>Plan the timetable of {event} first: the {document} are made of it. The badges and the badge alignment sheet can be printed already.</source>
        <translation>Primero hay que planificar el horario de {event}: este documento ({document}) se genera a partir de él. Las acreditaciones y la hoja de alineación de acreditaciones ya se pueden imprimir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="259"/>
        <source>Nothing changed since the last printing</source>
        <translation>Nada ha cambiado desde la última impresión</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="262"/>
        <source>Every agenda shows what was last printed, saved or exported for its organisation. After a change of the timetable, the agendas it changes are listed here.</source>
        <translation>Cada agenda refleja lo último que se imprimió, guardó o exportó para su organización. Tras un cambio en el horario, aquí aparecen las agendas afectadas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="287"/>
        <source>Preparing the agendas… {done} of {total}</source>
        <translation>Preparando las agendas… {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="289"/>
        <source>Preparing the document… {done} of {total}</source>
        <translation>Preparando el documento… {done} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="297"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="326"/>
        <source>The preview could not be prepared:</source>
        <translation>No se ha podido preparar la vista previa:</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="356"/>
        <source>the PDF could not be read</source>
        <translation>no se ha podido leer el PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="363"/>
        <source>of {n}</source>
        <translation>de {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="380"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="395"/>
        <source>The %n agendas changed since last printed · {pages}</source>
        <translation>
            <numerusform>La %n agenda modificada desde la última impresión · {pages}</numerusform>
            <numerusform>Las %n agendas modificadas desde la última impresión · {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="400"/>
        <source>All %n agendas · {pages}</source>
        <translation>
            <numerusform>La %n agenda · {pages}</numerusform>
            <numerusform>Las %n agendas · {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="387"/>
        <source>{document} of {name}</source>
        <translation>{document} de {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="405"/>
        <source>Agenda of {name} · {pages}</source>
        <translation>Agenda de {name} · {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="525"/>
        <source>{event} agendas</source>
        <translation>Agendas de {event}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="544"/>
        <source>Cannot save the PDF</source>
        <translation>No se puede guardar el PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="560"/>
        <source>Save the document as</source>
        <translation>Guardar el documento como</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="47"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="47"/>
        <source>What</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="50"/>
        <location filename="../../app/ui/setup/preview.py" line="59"/>
        <source>Meeting slots</source>
        <translation>Franjas de reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="73"/>
        <source>No meeting slots</source>
        <translation>No hay franjas de reunión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="80"/>
        <source>%n meeting slots over {days}</source>
        <translation>
            <numerusform>%n franja de reunión en {days}</numerusform>
            <numerusform>%n franjas de reunión en {days}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="81"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="97"/>
        <source>{day} · %n slots</source>
        <translation>
            <numerusform>{day} · %n franja</numerusform>
            <numerusform>{day} · %n franjas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="85"/>
        <source>At {t} tables: room for up to {m} meetings in all.</source>
        <translation>Con {t} mesas: capacidad para {m} reuniones en total.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="108"/>
        <source>Meeting slot {n}</source>
        <translation>Franja {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="111"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="115"/>
        <source>{label}: no meetings</source>
        <translation>{label}: sin reuniones</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../app/ui/print/page.py" line="77"/>
        <source>Count the agendas changed since printed</source>
        <translation>Contar las agendas cambiadas desde la impresión</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/page.py" line="124"/>
        <source>No event open</source>
        <translation>No hay ningún evento abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/page.py" line="126"/>
        <source>Open an event or import registrations, then plan the timetable: here you will preview, print and save each organisation&apos;s agenda, the badges, table signs, run sheets and master grid, and export everything for the day.</source>
        <translation>Para empezar, abrir un evento o importar las inscripciones y planificar el horario: aquí se podrán previsualizar, imprimir y guardar la agenda de cada organización, las acreditaciones, los carteles de mesa, las hojas de servicio y la cuadrícula general, y exportar todo lo necesario para la jornada.</translation>
    </message>
</context>
<context>
    <name>PrintRunPanel</name>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="37"/>
        <source>Nothing to print</source>
        <translation>Nada que imprimir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/print_run.py" line="38"/>
        <source>The pages chosen are not in this document, which has %n pages.</source>
        <translation>
            <numerusform>Las páginas elegidas no están en este documento, que tiene %n página.</numerusform>
            <numerusform>Las páginas elegidas no están en este documento, que tiene %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="49"/>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="51"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>No se ha podido iniciar la impresora. Comprobar que está encendida y conectada, y volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="95"/>
        <source>The printer stopped taking pages.</source>
        <translation>La impresora ha dejado de aceptar páginas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="101"/>
        <source>Printing page {n} of {total}…</source>
        <translation>Imprimiendo la página {n} de {total}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="145"/>
        <source>Printing stopped</source>
        <translation>Impresión detenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="158"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="225"/>
        <source>Planning progress</source>
        <translation>Progreso de la planificación</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="288"/>
        <source>Fairness: meetings for the worst-off (higher is better)</source>
        <translation>Equidad: reuniones de las menos favorecidas (más alto es mejor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="289"/>
        <source>Requests: value of the meetings held (higher is better)</source>
        <translation>Solicitudes: valor de las reuniones celebradas (más alto es mejor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="290"/>
        <source>Idle gaps between meetings (lower is better)</source>
        <translation>Huecos entre reuniones (más bajo es mejor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="291"/>
        <source>Meetings with an interpreter (higher is better)</source>
        <translation>Reuniones con intérprete (más alto es mejor)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="296"/>
        <source>fairness</source>
        <translation>equidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="297"/>
        <source>requests</source>
        <translation>solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="298"/>
        <source>idle gaps</source>
        <translation>huecos</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="299"/>
        <source>interpreters</source>
        <translation>intérpretes</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="307"/>
        <source>Gap: not known yet</source>
        <translation>Distancia al óptimo: aún no se conoce</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="309"/>
        <source>Gap: 0 % (proven best)</source>
        <translation>Distancia al óptimo: 0 % (óptimo demostrado)</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="310"/>
        <source>Gap: {gap} %</source>
        <translation>Distancia al óptimo: {gap} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="316"/>
        <source>Done: </source>
        <translation>Terminado: </translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="336"/>
        <source>Plan the timetable to follow the planner&apos;s progress here.</source>
        <translation>Al planificar el horario, aquí se sigue el progreso del planificador.</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="406"/>
        <source>seconds since planning started</source>
        <translation>segundos desde el inicio de la planificación</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="432"/>
        <source>No timetable found yet</source>
        <translation>Aún no se ha encontrado ningún horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="449"/>
        <source>Best timetable</source>
        <translation>Mejor horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="450"/>
        <source>Best possible (proven bound)</source>
        <translation>Mejor posible (cota demostrada)</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../../app/ui/reasons.py" line="25"/>
        <source>Never there at the same time</source>
        <translation>Nunca coinciden a la misma hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="26"/>
        <source>Maximum of meetings reached</source>
        <translation>Alcanzado el máximo de reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="27"/>
        <source>No free slot in common</source>
        <translation>Ninguna franja libre en común</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="28"/>
        <source>No table free</source>
        <translation>Ninguna mesa libre</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="29"/>
        <source>Not placed before planning stopped</source>
        <translation>Sin colocar antes de detener la planificación</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="30"/>
        <source>Kept apart</source>
        <translation>Separadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="31"/>
        <source>No interpreter</source>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="32"/>
        <source>A pause is due</source>
        <translation>Toca una pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="33"/>
        <source>Meeting order</source>
        <translation>Orden de las reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="34"/>
        <source>Would leave an idle gap</source>
        <translation>Dejaría un hueco</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="42"/>
        <source>register interpreters for these languages, or let such meetings go ahead without (interpreting: preferred)</source>
        <translation>registrar intérpretes para estos idiomas, o dejar que esas reuniones se celebren sin interpretación (interpretación: preferible)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="45"/>
        <source>check the organisations&apos; hours and absences</source>
        <translation>revisar los horarios y las ausencias de las organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="46"/>
        <source>raise the maximum meetings</source>
        <translation>aumentar el máximo de reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="48"/>
        <source>add a slot or lengthen the day; these organisations are booked whenever both are there</source>
        <translation>añadir una franja o alargar la jornada; estas organizaciones están ocupadas siempre que coinciden</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="50"/>
        <source>add tables or a slot</source>
        <translation>añadir mesas o una franja</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="51"/>
        <source>check the required meeting orders</source>
        <translation>revisar el orden obligatorio de las reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="52"/>
        <source>allow more meetings in a row, or add a slot</source>
        <translation>permitir más reuniones seguidas, o añadir una franja</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="53"/>
        <source>rank requests above compact days</source>
        <translation>anteponer las solicitudes a las jornadas compactas</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="54"/>
        <source>give the planner more time</source>
        <translation>dar más tiempo al planificador</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="56"/>
        <source>the event&apos;s rules keep these apart (only meetings between groups, do-not-meet)</source>
        <translation>las reglas del evento las mantienen separadas (solo reuniones entre grupos, no deben reunirse)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="66"/>
        <source>%n meetings need {languages} interpreting, at most {most} at the same time</source>
        <translation>
            <numerusform>%n reunión necesita interpretación {languages}, como máximo {most} a la vez</numerusform>
            <numerusform>%n reuniones necesitan interpretación {languages}, como máximo {most} a la vez</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="82"/>
        <source>the event has no meeting requests, so no meetings were planned: give each organisation the organisations it wishes to meet (a wishes column in the workbook, or the Requests page)</source>
        <translation>el evento no tiene solicitudes de reunión, así que no se ha planificado ninguna reunión: indicar a cada organización con qué organizaciones desea reunirse (una columna de deseos en el libro, o la página Solicitudes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="87"/>
        <source>no meetings were planned for the %n requested pairs</source>
        <translation>
            <numerusform>no se ha planificado ninguna reunión para la %n pareja solicitada</numerusform>
            <numerusform>no se ha planificado ninguna reunión para las %n parejas solicitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="88"/>
        <source>only {meetings} planned for the %n requested pairs</source>
        <translation>
            <numerusform>solo {meetings} planificadas para la %n pareja solicitada</numerusform>
            <numerusform>solo {meetings} planificadas para las %n parejas solicitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="89"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="94"/>
        <source>{reason}: {unmet} of %n requests unmet ({share} %); {advice}</source>
        <translation>
            <numerusform>{reason}: {unmet} de %n solicitud sin cumplir ({share} %); {advice}</numerusform>
            <numerusform>{reason}: {unmet} de %n solicitudes sin cumplir ({share} %); {advice}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="102"/>
        <source>only meetings between groups were asked for, but the organisations are not in two or more groups, so the rule kept nobody apart: give each organisation its group (a Group column in the workbook, or the Organisations page)</source>
        <translation>se pidieron solo reuniones entre grupos, pero las organizaciones no están en dos o más grupos, así que la regla no ha separado a nadie: asignar a cada organización su grupo (una columna Grupo en el libro, o la página Organizaciones)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="109"/>
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="111"/>
        <source>%n organisations that asked for meetings have none: {names}</source>
        <translation>
            <numerusform>%n organización que pidió reuniones no tiene ninguna: {names}</numerusform>
            <numerusform>%n organizaciones que pidieron reuniones no tienen ninguna: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="118"/>
        <source>no timetable keeps every locked meeting and minimum together</source>
        <translation>ningún horario puede mantener a la vez todas las reuniones fijadas y los mínimos</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="120"/>
        <source>stopped before a timetable was found</source>
        <translation>se detuvo antes de encontrar un horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="121"/>
        <source>the planner could not read the event</source>
        <translation>el planificador no pudo leer el evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="122"/>
        <source>no timetable found in the time given</source>
        <translation>no se ha encontrado ningún horario en el tiempo disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="123"/>
        <source>the last planning found no timetable: {verdict}</source>
        <translation>la última planificación no encontró ningún horario: {verdict}</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="127"/>
        <source>Add a late registration</source>
        <translation>Añadir una inscripción tardía</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="130"/>
        <source>the name in its own language, if another</source>
        <translation>el nombre en su propio idioma, si es otro</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="131"/>
        <source>e.g. Host</source>
        <translation>p. ej., Anfitrión</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="132"/>
        <source>e.g. Norway</source>
        <translation>p. ej., Noruega</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="134"/>
        <source>e.g. ports, offshore wind</source>
        <translation>p. ej., puertos, eólica marina</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="136"/>
        <source>e.g. English, Norwegian</source>
        <translation>p. ej., inglés, noruego</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="138"/>
        <location filename="../../app/ui/organisations_page.py" line="158"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="139"/>
        <source>Local name</source>
        <translation>Nombre local</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="140"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="141"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="142"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="143"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="146"/>
        <source>if they differ from the organisation&apos;s</source>
        <translation>si difieren de los de la organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="151"/>
        <source>Register</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="160"/>
        <source>First person</source>
        <translation>Primera persona</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="162"/>
        <source>Add its meeting requests, then plan the timetable again to give it meetings.</source>
        <translation>Añadir sus solicitudes de reunión y volver a planificar el horario para asignarle reuniones.</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="248"/>
        <source>Save the change sheet for the desk (Cancel: not now)</source>
        <translation>Guardar la hoja de cambios para el mostrador (Cancelar: ahora no)</translation>
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
        <translation>Replanificar el resto del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="48"/>
        <source>0: no meeting that stays moves. More: up to this many later meetings may move to meet more wishes</source>
        <translation>0: no se mueve ninguna reunión que se mantiene. Más: hasta este número de reuniones posteriores pueden moverse para cumplir más deseos</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="54"/>
        <source>Meetings that have started stay as they are. Meetings with a side absent are cancelled, unless a free colleague can take the place; the tables freed go to wishes not met yet, walk-ins included.</source>
        <translation>Las reuniones ya empezadas se quedan como están. Las reuniones con una de las partes ausente se cancelan, salvo que un colega libre pueda ocupar su lugar; las mesas liberadas se destinan a deseos aún no cumplidos, incluidos los de asistentes sin inscripción.</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="61"/>
        <source>Re-plan from</source>
        <translation>Replanificar desde</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="62"/>
        <source>Meetings that may move</source>
        <translation>Reuniones que pueden moverse</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="66"/>
        <source>Work out the changes</source>
        <translation>Calcular los cambios</translation>
    </message>
</context>
<context>
    <name>Replanner</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="163"/>
        <source>Re-plan the rest of the &amp;day…</source>
        <translation>Replanificar el resto del &amp;día…</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="166"/>
        <source>Cancel what absences stop, fill the tables freed from wishes not met, and move nothing else</source>
        <translation>Cancelar lo que impiden las ausencias, ocupar las mesas liberadas con deseos no cumplidos y no mover nada más</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="205"/>
        <source>The re-plan breaks a rule, so nothing was stored: </source>
        <translation>La replanificación incumple una regla, así que no se ha guardado nada: </translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="209"/>
        <source>The event changed while the re-plan was worked out; re-plan again.</source>
        <translation>El evento ha cambiado mientras se calculaba la replanificación; hay que replanificar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="215"/>
        <source>Re-plan the rest of the day</source>
        <translation>Replanificar el resto del día</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="232"/>
        <source>Cannot write the change sheet</source>
        <translation>No se puede guardar la hoja de cambios</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="237"/>
        <source>Cannot re-plan the day</source>
        <translation>No se puede replanificar el día</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="263"/>
        <source>Asked by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="264"/>
        <source>Wishes to meet</source>
        <translation>Desea reunirse con</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="265"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="266"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="267"/>
        <source>Both ways</source>
        <translation>Mutua</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="268"/>
        <source>Met?</source>
        <translation>¿Cumplida?</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="269"/>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="317"/>
        <source>Double-click a priority to change it</source>
        <translation>Doble clic en una prioridad para cambiarla</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="319"/>
        <source>Both organisations asked to meet each other: planned before one-way wishes</source>
        <translation>Ambas organizaciones han pedido reunirse entre sí: se planifica antes que los deseos en un solo sentido</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="321"/>
        <source>Both sides agreed to the meeting before the day: it must take place</source>
        <translation>Ambas partes acordaron la reunión antes de la jornada: debe celebrarse</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="373"/>
        <source>⇄ mutual</source>
        <translation>⇄ mutua</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="375"/>
        <source>agreed</source>
        <translation>acordada</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="389"/>
        <source>Both asked to meet each other</source>
        <translation>Ambas han pedido reunirse entre sí</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="403"/>
        <source>not planned yet</source>
        <translation>aún sin planificar</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="403"/>
        <source>Plan the timetable to see which requests are met</source>
        <translation>Planificar el horario para ver qué solicitudes se cumplen</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="409"/>
        <source>met {when}, {table}</source>
        <translation>cumplida {when}, {table}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="412"/>
        <location filename="../../app/ui/models/requests.py" line="415"/>
        <source>not met</source>
        <translation>no cumplida</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="412"/>
        <source>Working out why…</source>
        <translation>Buscando el motivo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="417"/>
        <source>not met: </source>
        <translation>no cumplida: </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="71"/>
        <source>must meet</source>
        <translation>imprescindible</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="72"/>
        <source>would like</source>
        <translation>deseable</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="73"/>
        <source>if time allows</source>
        <translation>si hay tiempo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="81"/>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="82"/>
        <source>afternoon</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="73"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="77"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="85"/>
        <source>By organisation</source>
        <translation>Por organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="86"/>
        <source>Across groups</source>
        <translation>Entre grupos</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="87"/>
        <source>Suggested pairs</source>
        <translation>Parejas sugeridas</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="119"/>
        <source>No event open</source>
        <translation>No hay ningún evento abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="121"/>
        <source>Open an event or import registrations: this page shows who wishes to meet whom, lets you add, remove and reprioritise wishes, and suggests pairs who share interests.</source>
        <translation>Para empezar, abrir un evento o importar las inscripciones: esta página muestra quién desea reunirse con quién, permite añadir, eliminar y cambiar la prioridad de los deseos, y sugiere parejas con intereses comunes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="128"/>
        <source>No organisations yet</source>
        <translation>Aún no hay organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="130"/>
        <source>{event} has no organisations. Import the registrations, or add organisations, then come back to see and edit their wishes.</source>
        <translation>{event} no tiene organizaciones. Para ver y editar sus deseos, primero hay que importar las inscripciones o añadir organizaciones.</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="146"/>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}, fila {row}</translation>
    </message>
</context>
<context>
    <name>RowModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../app/ui/setup/page.py" line="102"/>
        <source>No event open</source>
        <translation>No hay ningún evento abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="105"/>
        <source>Open an event or import registrations: this page sets the days, the meeting times, the tables, who may meet whom and the interpreters.</source>
        <translation>Para empezar, abrir un evento o importar las inscripciones: esta página define los días, los horarios de las reuniones, las mesas, quién puede reunirse con quién y los intérpretes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="112"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="113"/>
        <source>Days and times</source>
        <translation>Días y horas</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="114"/>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="115"/>
        <source>Who meets whom</source>
        <translation>Quién se reúne con quién</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="116"/>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="117"/>
        <source>Badges</source>
        <translation>Acreditaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="129"/>
        <source>The timetable is being planned: the setup can be changed once planning has finished.</source>
        <translation>Se está planificando el horario: la configuración podrá cambiarse cuando termine la planificación.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="139"/>
        <source>Put everything back as it is stored</source>
        <translation>Dejarlo todo como está guardado</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="138"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="141"/>
        <source>&amp;Apply</source>
        <translation>Ap&amp;licar</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="143"/>
        <source>Store the changes; Undo takes them back</source>
        <translation>Guardar los cambios; Deshacer los revierte</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="203"/>
        <source>The stored setup changed (undo or redo), so the changes not applied were put aside.</source>
        <translation>La configuración guardada ha cambiado (deshacer o rehacer), así que se han descartado los cambios no aplicados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="255"/>
        <source>The event needs at least one day; add one.</source>
        <translation>El evento necesita al menos un día; hay que añadir uno.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="268"/>
        <source>The event needs a name.</source>
        <translation>El evento necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="272"/>
        <source>Add at least one table, or choose identical tables.</source>
        <translation>Añadir al menos una mesa, o elegir mesas idénticas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="351"/>
        <source>Planning cannot work with these tables: </source>
        <translation>La planificación no puede funcionar con estas mesas: </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="360"/>
        <source>Cannot apply yet: </source>
        <translation>Aún no se puede aplicar: </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="364"/>
        <source>Everything here is as stored in the event.</source>
        <translation>Todo coincide con lo guardado en el evento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="366"/>
        <source>Changes not applied yet.</source>
        <translation>Hay cambios sin aplicar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="368"/>
        <source>The tables need a look (see Tables).</source>
        <translation>Hay que revisar las mesas (ver Mesas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="374"/>
        <source>Applying removes {n} of the %n meetings of the timetable.</source>
        <translation>
            <numerusform>Al aplicar se elimina {n} de la %n reunión del horario.</numerusform>
            <numerusform>Al aplicar se eliminan {n} de las %n reuniones del horario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="395"/>
        <source>The new settings remove {n} of the %n meetings of the timetable.</source>
        <translation>
            <numerusform>La nueva configuración elimina {n} de la %n reunión del horario.</numerusform>
            <numerusform>La nueva configuración elimina {n} de las %n reuniones del horario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="406"/>
        <source>Apply and remove %n meetings</source>
        <translation>
            <numerusform>Aplicar y eliminar %n reunión</numerusform>
            <numerusform>Aplicar y eliminar %n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="454"/>
        <source>Applied; %n meetings were removed. The event as it was is kept in “{folder}”, and Undo brings them back.</source>
        <translation>
            <numerusform>Aplicado; se ha eliminado %n reunión. El evento tal como estaba se guarda en “{folder}”, y Deshacer la recupera.</numerusform>
            <numerusform>Aplicado; se han eliminado %n reuniones. El evento tal como estaba se guarda en “{folder}”, y Deshacer las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="393"/>
        <source>Remove meetings?</source>
        <translation>¿Eliminar reuniones?</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="401"/>
        <source>Their times or tables no longer exist. A copy of the event as it is now is kept in its backups folder, and Undo brings them back. Plan again to fill the new slots.</source>
        <translation>Sus horas o mesas ya no existen. Se guarda una copia del evento tal como está ahora en su carpeta de copias de seguridad, y Deshacer las recupera. Hay que volver a planificar para ocupar las nuevas franjas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="409"/>
        <source>Keep the meetings</source>
        <translation>Conservar las reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="447"/>
        <source>Change the event setup</source>
        <translation>Cambiar la configuración del evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="450"/>
        <source>Applied; Undo takes the change back.</source>
        <translation>Aplicado; Deshacer revierte el cambio.</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="120"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="121"/>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="122"/>
        <source>Header in row</source>
        <translation>Encabezado en la fila</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="123"/>
        <source>Rows below it</source>
        <translation>Filas debajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="124"/>
        <source>Columns recognised</source>
        <translation>Columnas reconocidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="125"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="151"/>
        <source>What MeetGrid reads this sheet as; choose another where the sheet allows it</source>
        <translation>Cómo lee MeetGrid esta hoja; se puede elegir otra opción si la hoja lo permite</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="172"/>
        <source>as you chose</source>
        <translation>según lo elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="174"/>
        <source>recognised by its columns</source>
        <translation>reconocida por sus columnas</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="41"/>
        <source>MeetGrid reads a sheet of organisations, of participants (a form export is one of these: one row a person, wishes in one cell), of requests and of interpreters. Sheets named Instructions or Notes are left for the reader.</source>
        <translation>MeetGrid lee hojas de organizaciones, de participantes (la exportación de un formulario es una de ellas: una fila por persona, con los deseos en una celda), de solicitudes y de intérpretes. Las hojas llamadas Instrucciones o Notas se dejan para el lector.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/start_page.py" line="53"/>
        <source>&lt;h1&gt;MeetGrid&lt;/h1&gt;&lt;p&gt;Plan a B2B matchmaking day in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import&lt;/b&gt; the registrations (an Excel or CSV file) into a new event.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; the timetable: who meets whom, when and at which table.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt; an agenda for every organisation.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h1&gt;MeetGrid&lt;/h1&gt;&lt;p&gt;Planificar una jornada de reuniones B2B en tres pasos:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Importar&lt;/b&gt; las inscripciones (un archivo de Excel o CSV) en un nuevo evento.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Planificar&lt;/b&gt; el horario: quién se reúne con quién, cuándo y en qué mesa.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Imprimir&lt;/b&gt; una agenda para cada organización.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="66"/>
        <source>&amp;New event from registrations…</source>
        <translation>&amp;Nuevo evento a partir de inscripciones…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="67"/>
        <source>&amp;Open an event…</source>
        <translation>Abrir &amp;un evento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="68"/>
        <source>&amp;Try the sample delegation day</source>
        <translation>Probar &amp;la jornada de ejemplo con una delegación</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="78"/>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="82"/>
        <source>&lt;b&gt;Recent events&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;Eventos recientes&lt;/b&gt; (doble clic para abrir)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="109"/>
        <source>No events yet: start with your registrations or the sample.</source>
        <translation>Aún no hay eventos: se puede empezar con las inscripciones o con el ejemplo.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="133"/>
        <location filename="../../app/ui/statistics_page.py" line="137"/>
        <source>Organisations without a meeting</source>
        <translation>Organizaciones sin ninguna reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="141"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="142"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="145"/>
        <location filename="../../app/ui/statistics_page.py" line="151"/>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="146"/>
        <location filename="../../app/ui/statistics_page.py" line="152"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="212"/>
        <source>No event open</source>
        <translation>No hay ningún evento abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="214"/>
        <source>Open an event or import registrations, then plan the timetable: this page will show how many meetings each organisation gets and which requests are met.</source>
        <translation>Para empezar, abrir un evento o importar las inscripciones y planificar el horario: esta página mostrará cuántas reuniones tiene cada organización y qué solicitudes se cumplen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="222"/>
        <source>No timetable yet</source>
        <translation>Aún no hay horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="224"/>
        <source>Plan the timetable of {event} to see how many meetings each organisation gets, which requests are met, and the idle gaps and table changes of the day.</source>
        <translation>Al planificar el horario de {event}, aquí se verá cuántas reuniones tiene cada organización, qué solicitudes se cumplen, y los huecos y cambios de mesa de la jornada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/statistics_page.py" line="260"/>
        <source>requests met, of %n meetings in all</source>
        <translation>
            <numerusform>solicitudes cumplidas; %n reunión en total</numerusform>
            <numerusform>solicitudes cumplidas; %n reuniones en total</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="262"/>
        <source>mutual requests met</source>
        <translation>solicitudes mutuas cumplidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="266"/>
        <source>organisations without a meeting, of {n}</source>
        <translation>organizaciones sin ninguna reunión, de {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="272"/>
        <source>idle gaps, at most {n} for one organisation</source>
        <translation>huecos, como máximo {n} en una organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="274"/>
        <source>idle gaps</source>
        <translation>huecos</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="276"/>
        <source>table changes</source>
        <translation>cambios de mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="281"/>
        <source>Organisations by number of meetings</source>
        <translation>Organizaciones por número de reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="282"/>
        <source>meetings held</source>
        <translation>reuniones celebradas</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="283"/>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="545"/>
        <source>Would ask</source>
        <translation>Solicitaría</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="546"/>
        <source>To meet</source>
        <translation>Reunirse con</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="547"/>
        <source>Shared interests</source>
        <translation>Intereses comunes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="548"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="622"/>
        <source>Interests: </source>
        <translation>Intereses: </translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="39"/>
        <source>Pairs that share interests but have not asked to meet, and that the planner would let meet. Tick those worth a meeting and accept them: each becomes a request of normal priority from the organisation that has asked for fewer meetings.</source>
        <translation>Parejas con intereses comunes que no han pedido reunirse y que el planificador permitiría. Marcar las que merecen una reunión y aceptarlas: cada una se convierte en una solicitud de prioridad normal de la organización que ha pedido menos reuniones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="46"/>
        <source>Suggestions per organisation</source>
        <translation>Sugerencias por organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="48"/>
        <source>So that nobody is offered too many new meetings at once</source>
        <translation>Para que a nadie se le ofrezcan demasiadas reuniones nuevas a la vez</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="51"/>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="53"/>
        <source>suggestions per organisation</source>
        <translation>sugerencias por organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="59"/>
        <source>Suggested requests</source>
        <translation>Solicitudes sugeridas</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="73"/>
        <source>&amp;Select all</source>
        <translation>&amp;Seleccionar todas</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="75"/>
        <source>Select &amp;none</source>
        <translation>Seleccionar &amp;ninguna</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="77"/>
        <source>&amp;Accept selected</source>
        <translation>Aceptar &amp;las seleccionadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="111"/>
        <source>Looking for pairs with shared interests…</source>
        <translation>Buscando parejas con intereses comunes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/suggestions.py" line="124"/>
        <source>%n pairs to suggest</source>
        <translation>
            <numerusform>%n pareja que sugerir</numerusform>
            <numerusform>%n parejas que sugerir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/suggestions.py" line="161"/>
        <source>Add %n suggested requests</source>
        <translation>
            <numerusform>Añadir %n solicitud sugerida</numerusform>
            <numerusform>Añadir %n solicitudes sugeridas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="129"/>
        <source>No organisation has given its interests, so there is nothing to compare. Add interests on the Organisations page (or in the registration workbook) to get suggestions.</source>
        <translation>Ninguna organización ha indicado sus intereses, así que no hay nada que comparar. Para obtener sugerencias, hay que añadir intereses en la página Organizaciones (o en el libro de inscripción).</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="134"/>
        <source>No new pairs to suggest: every pair that shares an interest has already asked to meet, meets already, or may not meet under the event&apos;s rules.</source>
        <translation>No hay parejas nuevas que sugerir: todas las parejas con algún interés común ya han pedido reunirse, ya tienen reunión o no pueden reunirse según las reglas del evento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="145"/>
        <source>Could not look for pairs: </source>
        <translation>No se han podido buscar parejas: </translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="159"/>
        <source>Add a suggested request</source>
        <translation>Añadir una solicitud sugerida</translation>
    </message>
</context>
<context>
    <name>TableDayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="287"/>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="287"/>
        <source>Seats</source>
        <translation>Asientos</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="31"/>
        <source>&amp;Identical tables:</source>
        <translation>&amp;Mesas idénticas:</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="32"/>
        <source>&amp;Tables with a name and seats of their own</source>
        <translation>Mesas &amp;con nombre y asientos propios</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="38"/>
        <source> tables</source>
        <translation> mesas</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="39"/>
        <source> seats each</source>
        <translation> asientos cada una</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="40"/>
        <source>Number of tables</source>
        <translation>Número de mesas</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="41"/>
        <source>Seats at each table</source>
        <translation>Plazas por mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="50"/>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="55"/>
        <source>&amp;Add a table</source>
        <translation>Añadir &amp;una mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="57"/>
        <source>&amp;Remove the table</source>
        <translation>Eliminar &amp;la mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="65"/>
        <source>Fixed host tables</source>
        <translation>Mesas fijas de anfitriones</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="88"/>
        <source>With fixed host tables, every organisation of that group keeps a table of its own all day and the others come to it. Without, tables are shared and people change tables as little as possible.</source>
        <translation>Con mesas fijas de anfitriones, cada organización de ese grupo tiene su propia mesa todo el día y las demás acuden a ella. Sin ellas, las mesas se comparten y las personas cambian de mesa lo menos posible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="103"/>
        <location filename="../../app/ui/setup/tables.py" line="111"/>
        <location filename="../../app/ui/setup/tables.py" line="114"/>
        <source>Table {n}</source>
        <translation>Mesa {n}</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../app/ui/time_grid.py" line="85"/>
        <source>At least {low} meetings per organisation cannot be more than at most {high}; lower one of them.</source>
        <translation>El mínimo de {low} reuniones por organización no puede superar el máximo de {high}; hay que reducir uno de los dos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/time_grid.py" line="97"/>
        <source>The break &apos;{label}&apos; {start}–{end} on {day} lies outside the day ({first}–{last}); move it into the day or remove it.</source>
        <translation>La pausa «{label}» ({start}–{end}) del {day} queda fuera de la jornada ({first}–{last}); hay que moverla dentro de la jornada o eliminarla.</translation>
    </message>
    <message>
        <location filename="../../app/ui/time_grid.py" line="110"/>
        <source>No meeting fits on {day} between the first meeting and the end of the last outside the breaks; widen the day or shorten the meetings.</source>
        <translation>El {day} no cabe ninguna reunión entre el comienzo de la primera reunión y el final de la última, descontando las pausas; hay que ampliar la jornada o acortar las reuniones.</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="275"/>
        <source>Interpreter: {name}</source>
        <translation>Intérprete: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="279"/>
        <source>Needs {languages} interpreting: no shared language, no interpreter named</source>
        <translation>Necesita interpretación de {languages}: sin idioma común ni intérprete asignado</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="283"/>
        <source>Both asked for this meeting</source>
        <translation>Ambas han pedido esta reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="285"/>
        <source>Locked: keeps its time and table when the timetable is planned again</source>
        <translation>Fijada: conserva su hora y su mesa cuando se vuelve a planificar el horario</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="127"/>
        <source>Cannot move it here: </source>
        <translation>No se puede mover aquí: </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="161"/>
        <source>Day of the chosen organisation</source>
        <translation>Jornada de la organización elegida</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="162"/>
        <source>Day of the chosen table</source>
        <translation>Jornada de la mesa elegida</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="163"/>
        <source>Day of the chosen interpreter</source>
        <translation>Jornada del intérprete elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="176"/>
        <source>All tables</source>
        <translation>Todas las mesas</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="178"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="179"/>
        <source>Per organisation</source>
        <translation>Por organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="182"/>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="182"/>
        <source>Per table</source>
        <translation>Por mesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="185"/>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="186"/>
        <source>Per interpreter</source>
        <translation>Por intérprete</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="191"/>
        <source>Lock the selected meetings, or unlock them when all are locked already (Ctrl+L). A locked meeting keeps its time and table when the timetable is planned again.</source>
        <translation>Fijar las reuniones seleccionadas, o liberarlas si ya están todas fijadas (Ctrl+L). Una reunión fijada conserva su hora y su mesa cuando se vuelve a planificar el horario.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="203"/>
        <location filename="../../app/ui/timetable/page.py" line="220"/>
        <source>Unmet requests</source>
        <translation>Solicitudes no cumplidas</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="205"/>
        <source>Show unmet requests for</source>
        <translation>Mostrar solicitudes no cumplidas de</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="114"/>
        <source>Plan &amp;the timetable</source>
        <translation>Planificar el &amp;horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="188"/>
        <source>&amp;Lock or unlock</source>
        <translation>&amp;Fijar o liberar</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="210"/>
        <source>Pl&amp;an again around locked meetings</source>
        <translation>&amp;Replanificar respetando las reuniones fijadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="213"/>
        <source>Plan the whole timetable again: locked meetings keep their time and table, the others may move. The timetable as it is now is kept in a backup copy.</source>
        <translation>Volver a planificar todo el horario: las reuniones fijadas conservan su hora y su mesa; las demás pueden moverse. El horario actual se guarda en una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="226"/>
        <source>Requests the timetable could not meet, with the reason</source>
        <translation>Solicitudes que el horario no ha podido cumplir, con el motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="318"/>
        <source>Timetable of all tables</source>
        <translation>Horario de todas las mesas</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="341"/>
        <source>This event has no interpreters</source>
        <translation>Este evento no tiene intérpretes</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="350"/>
        <source>Looking for the reasons…</source>
        <translation>Buscando los motivos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="426"/>
        <source>No event open</source>
        <translation>No hay ningún evento abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="427"/>
        <source>Open an event or import registrations, then plan the timetable.</source>
        <translation>Para empezar, abrir un evento o importar las inscripciones, y planificar el horario.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="429"/>
        <source>Plan the timetable first</source>
        <translation>Primero hay que planificar el horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="433"/>
        <source>The last planning of {event} found no timetable that keeps every locked meeting and minimum together. Change them and plan again.</source>
        <translation>La última planificación de {event} no encontró ningún horario que respete a la vez todas las reuniones fijadas y todos los mínimos. Hay que cambiarlos y volver a planificar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="437"/>
        <source>No meetings planned</source>
        <translation>No hay reuniones planificadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="439"/>
        <source>The last planning of {event} placed no meeting. The warnings above say why and what to change; then plan again.</source>
        <translation>La última planificación de {event} no colocó ninguna reunión. Los avisos de arriba explican el motivo y qué cambiar; después, hay que volver a planificar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="444"/>
        <source>{event} has no timetable yet. Plan it, and its meetings appear here, table by table and slot by slot, to move by hand.</source>
        <translation>{event} aún no tiene horario. Al planificarlo, sus reuniones aparecen aquí, mesa por mesa y franja por franja, para moverlas a mano.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="464"/>
        <source>Each meeting has the colour of its first organisation:</source>
        <translation>Cada reunión tiene el color de su primera organización:</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="467"/>
        <source>Each meeting has the colour of its first organisation; colours repeat, to tell neighbouring meetings apart.</source>
        <translation>Cada reunión tiene el color de su primera organización; los colores se repiten, para distinguir reuniones vecinas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="472"/>
        <source>Locked: keeps its time and table when the timetable is planned again (select meetings, then Ctrl+L to lock or unlock). Drag a meeting to another cell to move it, or onto another meeting to swap the two; a moved meeting is locked, and moves again once unlocked.</source>
        <translation>Fijada: conserva su hora y su mesa cuando se vuelve a planificar el horario (seleccionar reuniones y pulsar Ctrl+L para fijarlas o liberarlas). Para mover una reunión, arrastrarla a otra celda, o sobre otra reunión para intercambiarlas; una reunión movida queda fijada, y vuelve a moverse una vez liberada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="477"/>
        <source>A thick line starts a new day.</source>
        <translation>Una línea gruesa marca el comienzo de un nuevo día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="480"/>
        <source>An amber frame: the meeting needs interpreting (its sides share no language and no interpreter is named); the summary says how many interpreters to book.</source>
        <translation>Un marco ámbar: la reunión necesita interpretación (las partes no comparten idioma y no hay intérprete asignado); el resumen indica cuántos intérpretes hay que contratar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="495"/>
        <source>no event is open</source>
        <translation>no hay ningún evento abierto</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="508"/>
        <source>Move a meeting</source>
        <translation>Mover una reunión</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="536"/>
        <source>Select meetings in the timetable first</source>
        <translation>Primero hay que seleccionar reuniones en el horario</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="540"/>
        <source>Lock meetings</source>
        <translation>Fijar reuniones</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="540"/>
        <source>Unlock meetings</source>
        <translation>Liberar reuniones</translation>
    </message>
</context>
<context>
    <name>UnmetModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="304"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="305"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="306"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="45"/>
        <source>Register a walk-in</source>
        <translation>Registrar a un asistente sin inscripción</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="48"/>
        <source>The organisation&apos;s name (a registered one adds people to it)</source>
        <translation>El nombre de la organización (si ya está inscrita, se le añaden las personas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="56"/>
        <source>One person a line</source>
        <translation>Una persona por línea</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="59"/>
        <source>Filter the organisations present</source>
        <translation>Filtrar las organizaciones presentes</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="76"/>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="80"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="81"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="82"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="83"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="84"/>
        <source>Wishes to meet</source>
        <translation>Desea reunirse con</translation>
    </message>
</context>
<context>
    <name>WhoTab</name>
    <message>
        <location filename="../../app/ui/setup/who.py" line="38"/>
        <source>For example the delegation meets the hosts, not itself</source>
        <translation>Por ejemplo, la delegación se reúne con los anfitriones, no consigo misma</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="43"/>
        <location filename="../../app/ui/setup/who.py" line="66"/>
        <source>Pairs kept apart</source>
        <translation>Parejas separadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="47"/>
        <source>First organisation</source>
        <translation>Primera organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="48"/>
        <source>Second organisation</source>
        <translation>Segunda organización</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="37"/>
        <source>&amp;Only meetings between organisations of different groups</source>
        <translation>&amp;Solo reuniones entre organizaciones de grupos distintos</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="49"/>
        <source>&amp;Keep apart</source>
        <translation>Sepa&amp;rar</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="52"/>
        <source>&amp;Let them meet again</source>
        <translation>Permitir &amp;que vuelvan a reunirse</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="58"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="68"/>
        <source>These organisations never meet each other (competitors, a known dispute).</source>
        <translation>Estas organizaciones nunca se reúnen entre sí (competidores, un conflicto conocido).</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="109"/>
        <source>No organisation is called “{name}”; type part of a name and choose from the list.</source>
        <translation>Ninguna organización se llama “{name}”; escribir parte de un nombre y elegirlo de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="112"/>
        <source>Choose two organisations: type part of a name and pick it from the list.</source>
        <translation>Elegir dos organizaciones: escribir parte de un nombre y elegirlo de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="116"/>
        <source>Choose two different organisations.</source>
        <translation>Elegir dos organizaciones distintas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="121"/>
        <source>{pair} are kept apart already.</source>
        <translation>{pair} ya están separadas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="127"/>
        <source>{pair} will never meet once you apply.</source>
        <translation>{pair} no se reunirán nunca una vez aplicado el cambio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="133"/>
        <source>They meet at {time} in the current timetable; plan again to take that meeting out.</source>
        <translation>Se reúnen a las {time} en el horario actual; hay que volver a planificar para quitar esa reunión.</translation>
    </message>
</context>
<context>
    <name>_Busy</name>
    <message>
        <location filename="../../app/ui/import_wizard/common.py" line="151"/>
        <source>Reading the workbook…</source>
        <translation>Leyendo el libro…</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="59"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="64"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="65"/>
        <source>Participants (one row a person)</source>
        <translation>Participantes (una fila por persona)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="66"/>
        <source>Requests (one row a wish)</source>
        <translation>Solicitudes (una fila por deseo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="67"/>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="68"/>
        <location filename="../../app/ui/models/import_.py" line="75"/>
        <source>Not read</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="81"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="82"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="83"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="35"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="37"/>
        <source>What the changed workbook changes in the event. Your own edits and the meetings of those who stay are kept; Apply stores the changes, and Undo takes them back.</source>
        <translation>Lo que el libro modificado cambia en el evento. Se conservan las ediciones propias y las reuniones de quienes siguen; Aplicar guarda los cambios y Deshacer los revierte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="46"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="48"/>
        <source>Everything the import found, fixed or left out, with its place in the workbook. Errors must be corrected before the registrations can be used; double-click one to see its row.</source>
        <translation>Todo lo que la importación ha encontrado, corregido u omitido, con su ubicación en el libro. Los errores deben corregirse antes de poder usar las inscripciones; doble clic en uno para ver su fila.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="32"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="34"/>
        <source>The first rows of each sheet under its header. The first line says what MeetGrid reads from each column: change it where it guessed wrong or missed a column.</source>
        <translation>Las primeras filas de cada hoja bajo su encabezado. La primera línea indica qué lee MeetGrid de cada columna: hay que cambiarlo donde se haya equivocado o se haya saltado una columna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="41"/>
        <source>The new event</source>
        <translation>El nuevo evento</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="42"/>
        <source>Its name, day, time grid and tables (all can be changed later), and where to save it.</source>
        <translation>Su nombre, día, franjas horarias y mesas (todo puede cambiarse después), y dónde guardarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="33"/>
        <source>Choose the workbook</source>
        <translation>Elegir el libro</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="35"/>
        <source>Choose the changed registrations. They are read the way the last import was read: your column choices and the names you confirmed are kept.</source>
        <translation>Elegir las inscripciones modificadas. Se leen igual que en la última importación: se conservan las columnas elegidas y los nombres confirmados.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="40"/>
        <source>An Excel workbook (.xlsx, .xlsm) or a CSV file: the MeetGrid template, or a registration form&apos;s export with one row a person. Nothing is stored until the last step.</source>
        <translation>Un libro de Excel (.xlsx, .xlsm) o un archivo CSV: la plantilla de MeetGrid o la exportación de un formulario de inscripción con una fila por persona. No se guarda nada hasta el último paso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/names.py" line="27"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/names.py" line="29"/>
        <source>These names in wish lists are not written as any organisation registered itself. Tick the ones read correctly, untick those to leave out, or choose the organisation meant.</source>
        <translation>Estos nombres de las listas de deseos no coinciden con el de ninguna organización inscrita. Marcar los que se han leído bien, desmarcar los que hay que omitir, o elegir la organización a la que se refieren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="26"/>
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="28"/>
        <source>Which sheet is read as what. Where a sheet could be read another way, or should not be read at all, choose it under Read as.</source>
        <translation>Cómo se lee cada hoja. Si una hoja puede leerse de otra forma, o no debe leerse, elegirlo en Se lee como.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="75"/>
        <source>e.g. 王海涛, if written in another script</source>
        <translation>p. ej., 王海涛, si se escribe en otro sistema de escritura</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="76"/>
        <source>Printed beside the name on badges and agendas</source>
        <translation>Se imprime junto al nombre en las acreditaciones y agendas</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="77"/>
        <source>e.g. Head of sales</source>
        <translation>p. ej., Director de ventas</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="78"/>
        <source>e.g. English, Norwegian</source>
        <translation>p. ej., inglés, noruego</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="80"/>
        <source>Name in own script</source>
        <translation>Nombre en escritura original</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="81"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="82"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="83"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
</context>
</TS>
