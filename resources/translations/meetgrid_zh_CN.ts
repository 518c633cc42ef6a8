<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaChoicesModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/print.py" line="40"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n 场洽谈</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="514"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="515"/>
        <source>Table</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="516"/>
        <source>With</source>
        <translation>洽谈对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="517"/>
        <source>Who goes</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="518"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
</context>
<context>
    <name>ApartModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="324"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="324"/>
        <source>Never meets</source>
        <translation>不与之洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="336"/>
        <source>(organisation {id})</source>
        <translation>（机构 {id}）</translation>
    </message>
</context>
<context>
    <name>BadgesTab</name>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="37"/>
        <source>Badge colour of each group</source>
        <translation>各组别的胸牌颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="41"/>
        <source>The event&apos;s logo</source>
        <translation>活动标志</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="46"/>
        <source>Logo preview</source>
        <translation>标志预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="50"/>
        <source>A PNG or SVG file, printed on badges and table signs</source>
        <translation>PNG 或 SVG 文件，印在胸牌和桌牌上</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="68"/>
        <source>The badges show each person&apos;s group in its colour, so that hosts and guests find each other at a glance. Badges and table signs are printed on the Print page.</source>
        <translation>胸牌以组别颜色显示每位人员所属的组别，方便东道方与来宾一眼找到彼此。胸牌和桌牌在“打印与导出”页面打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="94"/>
        <source>MeetGrid&apos;s colour</source>
        <translation>MeetGrid 默认颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="108"/>
        <source>Interpreters</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="111"/>
        <location filename="../../app/ui/setup/badges.py" line="199"/>
        <source>Badge colour of {group}</source>
        <translation>{group}的胸牌颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="49"/>
        <source>&amp;Choose logo…</source>
        <translation>选择标志(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="52"/>
        <source>&amp;Remove logo</source>
        <translation>移除标志(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="114"/>
        <source>Re&amp;set</source>
        <translation>重置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="115"/>
        <source>Back to MeetGrid&apos;s colour for this group</source>
        <translation>将此组别恢复为 MeetGrid 默认颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="122"/>
        <source>The event has no groups yet.</source>
        <translation>本活动尚无组别。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="130"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="131"/>
        <source>No logo: badges and table signs are printed without one.</source>
        <translation>无标志：胸牌和桌牌打印时不带标志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="135"/>
        <source>{kind} image, {size} KB, printed on badges and table signs.</source>
        <translation>{kind} 图像，{size} KB，印在胸牌和桌牌上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="157"/>
        <source>Badge colour</source>
        <translation>胸牌颜色</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="179"/>
        <source>This file cannot be the logo</source>
        <translation>此文件不能用作标志</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="206"/>
        <source>Choose the event&apos;s logo</source>
        <translation>选择活动标志</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/badges.py" line="206"/>
        <source>Logos (*.png *.svg);;All files (*)</source>
        <translation>标志 (*.png *.svg);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="577"/>
        <source>Nothing to show yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../app/ui/board/window.py" line="113"/>
        <source>MeetGrid board</source>
        <translation>MeetGrid 会场看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="131"/>
        <source>&amp;Chime at the change of round</source>
        <translation>换轮时响铃提示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="133"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="134"/>
        <source>C&amp;lose the board</source>
        <translation>关闭看板(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="161"/>
        <source>{event} — MeetGrid board</source>
        <translation>{event} — MeetGrid 会场看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="260"/>
        <source>MeetGrid</source>
        <translation>MeetGrid</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="260"/>
        <source>No timetable yet</source>
        <translation>尚无日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="263"/>
        <source>Now</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="265"/>
        <source>left in this round</source>
        <translation>本轮剩余时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="269"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="269"/>
        <location filename="../../app/ui/board/window.py" line="275"/>
        <source>until the next round</source>
        <translation>距下一轮开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="271"/>
        <source>Go to your next table · round {n} at {time}</source>
        <translation>请前往下一张洽谈桌 · 第{n}轮 {time} 开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="273"/>
        <source>Change tables</source>
        <translation>换桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="282"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="283"/>
        <source>The meetings start at {when}</source>
        <translation>洽谈将于 {when} 开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="284"/>
        <source>until the first round</source>
        <translation>距第一轮开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="287"/>
        <source>Thank you. The meetings continue {day} at {time}</source>
        <translation>谢谢！洽谈将于 {day} {time} 继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="289"/>
        <location filename="../../app/ui/board/window.py" line="293"/>
        <source>The day is over</source>
        <translation>今日洽谈已结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="293"/>
        <source>Thank you for coming</source>
        <translation>感谢您的参与</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="296"/>
        <source>Round {n} of {of} · {start}–{end}</source>
        <translation>第{n}轮（共{of}轮）· {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="502"/>
        <source>Last round</source>
        <translation>最后一轮</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="504"/>
        <source>Next</source>
        <translation>下一轮</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="506"/>
        <source>Coming up</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="521"/>
        <source>Round {n} of {of}</source>
        <translation>第{n}轮（共{of}轮）</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="541"/>
        <source>No meetings in this round</source>
        <translation>本轮没有洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="552"/>
        <source>Open an event to show its timetable</source>
        <translation>请打开一个活动以显示其日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="554"/>
        <source>No meetings planned yet</source>
        <translation>尚未排程任何洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="566"/>
        <source>Page {n} of {of}</source>
        <translation>第 {n} 页，共 {of} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="632"/>
        <source>Interpreter: {name}</source>
        <translation>翻译：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="634"/>
        <source>Interpreting needed: {languages}</source>
        <translation>需要翻译：{languages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="655"/>
        <source>Later: {label} {start}–{end}</source>
        <translation>稍后：{label} {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board/window.py" line="663"/>
        <source>Chime on</source>
        <translation>响铃已开启</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="61"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="62"/>
        <source>Meetings</source>
        <translation>洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="63"/>
        <source>Meetings each</source>
        <translation>每机构平均洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="64"/>
        <source>Requests met</source>
        <translation>已满足的洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="65"/>
        <source>Mutual requests met</source>
        <translation>已满足的双向请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="66"/>
        <source>Without a meeting</source>
        <translation>无洽谈的机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="76"/>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="88"/>
        <source>Pairs that asked to meet each other, with at least one organisation from here</source>
        <translation>双方互相提出洽谈请求、且至少一方属于此行的机构配对</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="95"/>
        <source>{part} of {whole} ({percent} %)</source>
        <translation>{part}/{whole}（{percent}%）</translation>
    </message>
</context>
<context>
    <name>BreaksModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="218"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>ByOrganisationTab</name>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="67"/>
        <source>Search organisations, groups, countries, interests</source>
        <translation>搜索机构、组别、国家、关注领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="69"/>
        <source>Search organisations</source>
        <translation>搜索机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="74"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="107"/>
        <location filename="../../app/ui/requests/by_organisation.py" line="185"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="113"/>
        <source>Wishes to meet</source>
        <translation>意向洽谈对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="124"/>
        <source>Double-click a priority to change it, a name to see that organisation&apos;s own wishes</source>
        <translation>双击优先级可修改；双击名称可查看该机构自己的洽谈意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="126"/>
        <source>Remove wish</source>
        <translation>删除洽谈意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="138"/>
        <source>Priority of the selected wish</source>
        <translation>所选洽谈意向的优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="140"/>
        <source>&amp;Remove wish</source>
        <translation>删除洽谈意向(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="143"/>
        <source>Selected wish:</source>
        <translation>所选洽谈意向：</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="163"/>
        <source>Type an organisation&apos;s name</source>
        <translation>输入机构名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="166"/>
        <source>&amp;Add wish</source>
        <translation>添加洽谈意向(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="189"/>
        <source>Wished for by</source>
        <translation>被谁列为意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="191"/>
        <source>Double-click an organisation to see its own wishes</source>
        <translation>双击机构可查看其自己的洽谈意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="201"/>
        <source>Add a wish to meet:</source>
        <translation>添加洽谈意向，对象：</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="223"/>
        <source>Choose an organisation on the left to see and edit its wishes.</source>
        <translation>在左侧选择一个机构，查看并编辑其洽谈意向。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="311"/>
        <source>interests: </source>
        <translation>关注领域：</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="322"/>
        <source>Wishes to meet ({n})</source>
        <translation>发出的洽谈意向（{n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="324"/>
        <source>Wished for by ({n})</source>
        <translation>收到的洽谈意向（{n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="327"/>
        <source>{name} has no wishes yet: add one below.</source>
        <translation>{name} 尚无洽谈意向：请在下方添加。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="331"/>
        <source>Nobody has asked to meet {name} yet.</source>
        <translation>尚无机构希望与 {name} 洽谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="375"/>
        <source>A&amp;ccept {n} selected</source>
        <translation>接受所选 {n} 项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="376"/>
        <source>A&amp;ccept selected</source>
        <translation>接受所选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="381"/>
        <source>Wishes can be edited again when planning has finished</source>
        <translation>排程结束后才能再次编辑洽谈意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="427"/>
        <source>Type or choose the organisation to meet.</source>
        <translation>请输入或选择洽谈对象机构。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="430"/>
        <source>Several organisations match &apos;{name}&apos;: {names}; type more of the name.</source>
        <translation>有多个机构与“{name}”匹配：{names}；请输入更完整的名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="435"/>
        <source>No organisation is called &apos;{name}&apos;; choose one from the list.</source>
        <translation>没有名为“{name}”的机构；请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="450"/>
        <source>An organisation cannot wish to meet itself.</source>
        <translation>机构不能与自己洽谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="456"/>
        <source>{a} already wishes to meet {b} ({priority}); change its priority above.</source>
        <translation>{a} 已有与 {b} 洽谈的意向（{priority}）；请在上方修改其优先级。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="466"/>
        <source>Add wish: {a} to meet {b}</source>
        <translation>添加洽谈意向：{a} 约见 {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="486"/>
        <source>Remove wish: {a} to meet {b}</source>
        <translation>删除洽谈意向：{a} 约见 {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="507"/>
        <source>Mark the meeting of {a} and {b} as agreed</source>
        <translation>将 {a} 与 {b} 的洽谈标记为已约定</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="509"/>
        <source>Make the meeting of {a} and {b} a wish again</source>
        <translation>将 {a} 与 {b} 的洽谈改回洽谈意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/by_organisation.py" line="517"/>
        <source>Make {a}&apos;s wish to meet {b} &apos;{priority}&apos;</source>
        <translation>将 {a} 约见 {b} 的洽谈意向设为“{priority}”</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="93"/>
        <source>Changes of the re-plan</source>
        <translation>重新排程的变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="96"/>
        <source>No better fill of the freed tables exists.</source>
        <translation>空出的洽谈桌已无法安排得更好。</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="98"/>
        <source>The best fill found in the time.</source>
        <translation>这是限定时间内找到的最佳安排。</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="101"/>
        <source>From {now}: {cancelled}, {added}, {moved}, {unchanged}. </source>
        <translation>自 {now} 起：{cancelled}，{added}，{moved}，{unchanged}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="103"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>取消 %n 场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="104"/>
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="105"/>
        <source>%n changed</source>
        <translation>
            <numerusform>变更 %n 场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/replan_dialog.py" line="106"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>不变 %n 场</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="113"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="114"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="115"/>
        <source>Moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="116"/>
        <source>Kept with other people</source>
        <translation>保留，但出席人员有变</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="129"/>
        <source>Apply the changes</source>
        <translation>应用变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="136"/>
        <source>Nothing needs to change.</source>
        <translation>无需任何变更。</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="560"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="560"/>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="564"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="565"/>
        <source>Participants</source>
        <translation>参会人</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="566"/>
        <source>Requests</source>
        <translation>洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="567"/>
        <source>Interpreters</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="568"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="573"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="574"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="575"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="576"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="70"/>
        <source>No event is open to update.</source>
        <translation>没有打开可更新的活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="77"/>
        <source>Cannot compare with the event: {why}</source>
        <translation>无法与活动进行比较：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="89"/>
        <source>The workbook changes nothing in the event; there is nothing to apply.</source>
        <translation>该工作簿与活动相比没有任何变化，无需应用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/changes.py" line="97"/>
        <source>%n changes. Apply keeps a copy of the event as it is now in its backups folder.</source>
        <translation>
            <numerusform>共 %n 项变更。应用时会在活动的备份文件夹中保留活动当前状态的备份。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="104"/>
        <source>{k} left the workbook but are kept, as they have meetings: to cancel those meetings, remove the organisation on the Organisations page after applying.</source>
        <translation>有 {k} 项已不在工作簿中，但因已有洽谈而保留：如要取消这些洽谈，请在应用后到“机构”页面删除相应机构。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="125"/>
        <source>Planning is running: wait for it to finish or cancel it, then apply.</source>
        <translation>正在排程：请等待排程完成或将其取消，然后再应用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="131"/>
        <source>Update from {file}</source>
        <translation>从 {file} 更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="136"/>
        <source>The changes could not be stored; nothing was changed.</source>
        <translation>无法保存变更；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="85"/>
        <source>Find a person to check in</source>
        <translation>查找要签到的人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="87"/>
        <source>Scan a badge, or type a check-in code or a few letters of a name</source>
        <translation>扫描胸牌，或输入签到码或姓名中的几个字</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="98"/>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="134"/>
        <source>From</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="167"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="177"/>
        <source>Arrivals per organisation</source>
        <translation>各机构到场情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="107"/>
        <source>&amp;Check in</source>
        <translation>签到(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="109"/>
        <source>&amp;Absent for the day</source>
        <translation>全天缺席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="113"/>
        <source>&amp;Whole organisation absent for the day</source>
        <translation>整个机构全天缺席(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="119"/>
        <source>Absen&amp;t from then</source>
        <translation>自该时间起缺席(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="123"/>
        <source>&amp;Organisation absent from then</source>
        <translation>整个机构自该时间起缺席(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="127"/>
        <source>&amp;Late: expected from then</source>
        <translation>迟到：预计该时间到场(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="192"/>
        <source>&amp;Register a walk-in…</source>
        <translation>现场报名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="196"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="258"/>
        <source>Check-in of {name} undone</source>
        <translation>已撤销 {name} 的签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="275"/>
        <source>{arrived} · {expected} · {absent} of {people}</source>
        <translation>共 {people}：{arrived} · {expected} · {absent}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="276"/>
        <source>%n arrived</source>
        <translation>
            <numerusform>已到 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="277"/>
        <source>%n expected</source>
        <translation>
            <numerusform>待到 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="278"/>
        <source>%n absent</source>
        <translation>
            <numerusform>缺席 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="279"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checkin/page.py" line="461"/>
        <source>Registered {organisation} with %n people; check them in below</source>
        <translation>
            <numerusform>已登记 {organisation}，共 %n 人；请在下方为他们签到</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="314"/>
        <source>Nobody has the code or name “{text}”</source>
        <translation>没有签到码或姓名为“{text}”的人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="339"/>
        <source>{name} checked in already at {time}</source>
        <translation>{name} 已于 {time} 签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="348"/>
        <source>{name} is not checked in yet: MeetGrid is busy planning or saving; try again in a moment</source>
        <translation>{name} 尚未签到：MeetGrid 正在排程或保存，请稍后重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="352"/>
        <source>Check in {name}</source>
        <translation>为 {name} 签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="357"/>
        <source>✓ {name} ({organisation}) checked in at {time}</source>
        <translation>✓ {name}（{organisation}）已于 {time} 签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="401"/>
        <source>Mark {who} absent for the day</source>
        <translation>将 {who} 标记为全天缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="404"/>
        <source>Mark {who} absent from {time}</source>
        <translation>将 {who} 标记为自 {time} 起缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="422"/>
        <source>Expect {who} from {time}</source>
        <translation>预计 {who} 于 {time} 到场</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="452"/>
        <source>Register the walk-in {organisation}</source>
        <translation>登记现场报名机构 {organisation}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="472"/>
        <source>No more meetings today</source>
        <translation>今日已无洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="476"/>
        <source>Meeting now, since {time}</source>
        <translation>正在洽谈：{time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="476"/>
        <source>Next meeting {time}</source>
        <translation>下一场洽谈：{time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="481"/>
        <source>with {partner}</source>
        <translation>对象：{partner}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/page.py" line="488"/>
        <source>interpreter {name}</source>
        <translation>翻译：{name}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="57"/>
        <source>&amp;Show the row</source>
        <translation>显示该行(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="59"/>
        <source>&amp;Read the file again</source>
        <translation>重新读取文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="60"/>
        <source>After correcting and saving the workbook</source>
        <translation>在更正并保存工作簿之后</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/check.py" line="106"/>
        <source>%n problems stop the import.</source>
        <translation>
            <numerusform>有 %n 个问题导致无法导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/check.py" line="130"/>
        <source>%n warnings: what they name is left out; they do not stop the import.</source>
        <translation>
            <numerusform>%n 条警告：相关内容将被略过，但不影响导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="108"/>
        <source>A problem stops the import.</source>
        <translation>有一个问题导致无法导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="115"/>
        <source>Correct the errors in the workbook (double-click one to see its row), save it and press Read the file again; or, where a column was read as the wrong thing, correct it on the Columns page (Back).</source>
        <translation>请在工作簿中更正错误（双击错误可查看所在行），保存后点击“重新读取文件”；如果某列被识别错误，请在“列”页面更正（点击“上一步”）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="125"/>
        <source>Ready to import {counts}.</source>
        <translation>可以导入：{counts}。</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="31"/>
        <source>counting idle gaps and table changes…</source>
        <translation>正在统计空档和换桌…</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="41"/>
        <source>the best possible under the rules you set</source>
        <translation>在所设规则下为最优结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="42"/>
        <source>good, not proven best (time limit)</source>
        <translation>结果良好，但未证明最优（已达时限）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="45"/>
        <source>hardly any meetings — see the warnings</source>
        <translation>洽谈极少——请查看警告</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="47"/>
        <source>changed by hand since</source>
        <translation>此后有手动修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="49"/>
        <source>last planned {when}: {how}</source>
        <translation>上次排程于 {when}：{how}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="26"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n 场洽谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="27"/>
        <source>%n locked</source>
        <translation>
            <numerusform>%n 场已锁定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="34"/>
        <source>%n idle gaps</source>
        <translation>
            <numerusform>%n 个空档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="35"/>
        <source>%n table changes</source>
        <translation>
            <numerusform>%n 次换桌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="36"/>
        <source>%n requests unmet</source>
        <translation>
            <numerusform>%n 个洽谈请求未满足</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/timetable/check.py" line="62"/>
        <source>The timetable breaks %n rules as the event now stands; move or unlock these meetings, or plan again:</source>
        <translation>
            <numerusform>按活动当前设置，日程表违反了 %n 条规则；请移动或解锁以下洽谈，或重新排程：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="69"/>
        <source>
… and {n} more</source>
        <translation>
… 另有 {n} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="75"/>
        <source>Look at this before printing the agendas:</source>
        <translation>打印日程前请查看以下内容：</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="91"/>
        <source>Counting idle gaps and unmet requests</source>
        <translation>正在统计空档和未满足的洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="112"/>
        <source>Every request is met.</source>
        <translation>所有洽谈请求均已满足。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="118"/>
        <source>Could not work out the unmet requests: </source>
        <translation>无法确定未满足的洽谈请求：</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="119"/>
        <source>Could not count idle gaps and unmet requests: </source>
        <translation>无法统计空档和未满足的洽谈请求：</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="132"/>
        <source>All reasons ({n})</source>
        <translation>全部原因（{n}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/check.py" line="139"/>
        <source>Unmet requests</source>
        <translation>未满足的洽谈请求</translation>
    </message>
</context>
<context>
    <name>ChooserPanel</name>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="49"/>
        <location filename="../../app/ui/print/chooser.py" line="51"/>
        <source>Search organisations</source>
        <translation>搜索机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="65"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="68"/>
        <source>No organisation matches the search.</source>
        <translation>没有与搜索内容匹配的机构。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="72"/>
        <source>E&amp;xport everything…</source>
        <translation>全部导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="75"/>
        <source>Every agenda as its own PDF, the badges, signs, run sheets and master grid, calendar files, schedule.json and schedule.xlsx, into a folder you choose</source>
        <translation>每份日程各为一个 PDF，以及胸牌、桌牌、流程单、总表、日历文件、schedule.json 和 schedule.xlsx，导出到您选择的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="82"/>
        <source>Writes every agenda as its own PDF (in a folder &lt;i&gt;agendas&lt;/i&gt;), the badges, table signs, interpreter run sheets and master grid, a calendar file per organisation (in a folder &lt;i&gt;calendar&lt;/i&gt;), and the timetable as an Excel workbook and as schedule.json into a folder you choose.</source>
        <translation>将每份日程各写成一个 PDF（位于 &lt;i&gt;agendas&lt;/i&gt; 文件夹），以及胸牌、桌牌、翻译流程单和总表，每个机构一个日历文件（位于 &lt;i&gt;calendar&lt;/i&gt; 文件夹），并将日程表以 Excel 工作簿和 schedule.json 的形式写入您选择的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="104"/>
        <source>For</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="119"/>
        <source>Export for the day</source>
        <translation>导出当日所需文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="137"/>
        <source>&amp;All agendas in one document</source>
        <translation>全部日程合为一份文件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="141"/>
        <source>&amp;One organisation&apos;s agenda</source>
        <translation>单个机构的日程(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="143"/>
        <source>&amp;Changed since last printed ({n})</source>
        <translation>上次打印后有变动（{n}）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="139"/>
        <source>Every organisation&apos;s agenda, each on its own pages, to print in one go</source>
        <translation>每个机构的日程各占单独页面，一次全部打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="147"/>
        <source>Only the agendas whose content changed since they were last printed, saved or exported, and those never printed: to reprint after a change of the timetable</source>
        <translation>仅包括上次打印、保存或导出后内容有变动的日程，以及从未打印过的日程：用于日程表变动后重新打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="152"/>
        <source>Every organisation</source>
        <translation>所有机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="154"/>
        <source>The whole document, for every organisation, to print in one go</source>
        <translation>包含所有机构的完整文件，一次全部打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="156"/>
        <source>One organisation only</source>
        <translation>仅限一个机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/chooser.py" line="278"/>
        <source>Cannot note what was printed</source>
        <translation>无法记录打印情况</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="46"/>
        <source>A heading is read the same way in every sheet that has it. Greyed columns are not read.</source>
        <translation>同一标题在所有含有该标题的工作表中按相同方式读取。灰色的列不会被读取。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="91"/>
        <source>{sheet} (not read)</source>
        <translation>{sheet}（不读取）</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Arrived</source>
        <translation>已到</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Expected</source>
        <translation>待到</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="103"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="113"/>
        <source>All organisations</source>
        <translation>所有机构</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="379"/>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="379"/>
        <source>not at the event</source>
        <translation>不在活动现场</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="486"/>
        <source>Locked: keeps its time and table when the timetable is planned again</source>
        <translation>已锁定：重新排程时保留其时间和洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="487"/>
        <source>Double-click to see it in the grid of all tables</source>
        <translation>双击可在所有洽谈桌的总表中查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="495"/>
        <source>needed: {languages}</source>
        <translation>需要翻译：{languages}</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Meetings from</source>
        <translation>洽谈开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Meetings until</source>
        <translation>洽谈结束</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="142"/>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="149"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="164"/>
        <source>Select the day to edit its breaks below</source>
        <translation>选择日期后可在下方编辑其休息时间</translation>
    </message>
</context>
<context>
    <name>DaysTab</name>
    <message>
        <location filename="../../app/ui/setup/days.py" line="32"/>
        <location filename="../../app/ui/setup/days.py" line="33"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="36"/>
        <source>Meetings last</source>
        <translation>每场洽谈时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="37"/>
        <source>Pause between meetings</source>
        <translation>洽谈间隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="42"/>
        <location filename="../../app/ui/setup/days.py" line="67"/>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="48"/>
        <source>&amp;Add a day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="50"/>
        <source>&amp;Remove the day</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="59"/>
        <source>Add a &amp;break</source>
        <translation>添加休息(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="61"/>
        <source>Remove &amp;the break</source>
        <translation>删除休息(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="53"/>
        <source>Breaks and plenary sessions</source>
        <translation>休息与全体会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="56"/>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="76"/>
        <source>No meeting is planned during a break; a plenary session or a site visit is a break too. Double-click a time to change it.</source>
        <translation>休息期间不安排洽谈；全体会议或实地参观也算作休息。双击时间可修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="88"/>
        <source>Breaks and plenary sessions on {day}</source>
        <translation>{day} 的休息与全体会议</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="90"/>
        <source>Breaks and plenary sessions (choose a day)</source>
        <translation>休息与全体会议（请选择日期）</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/days.py" line="114"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="44"/>
        <source>B2B meetings</source>
        <translation>B2B 洽谈会</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="52"/>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="57"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="81"/>
        <source>The event starts with {counts}.</source>
        <translation>活动初始包含{counts}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="95"/>
        <source>An event file of this name exists: it is started afresh with these registrations, and a copy of it as it is now is kept in its backups folder.</source>
        <translation>已存在同名活动文件：将用这些报名信息重新开始该活动，其当前状态的备份将保留在其备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="118"/>
        <source>Choose where to save the event.</source>
        <translation>请选择活动的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="127"/>
        <source>This is the event open now: a new event would replace it and its timetable. Choose another name, or update the open event from the workbook (Import ▸ Update) instead.</source>
        <translation>这是当前打开的活动：新建活动会替换它及其日程表。请换一个名称，或改为从工作簿更新已打开的活动（导入 ▸ 更新）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="138"/>
        <source>Cannot create the event: {why}</source>
        <translation>无法创建活动：{why}</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../app/ui/print/documents.py" line="37"/>
        <location filename="../../app/ui/print/documents.py" line="81"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="45"/>
        <source>Badge layout</source>
        <translation>胸牌版式</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="53"/>
        <source>Printer offset to the right, mm</source>
        <translation>打印机向右偏移（毫米）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="54"/>
        <source>Printer offset up, mm</source>
        <translation>打印机向上偏移（毫米）</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="56"/>
        <source>right</source>
        <translation>向右</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="58"/>
        <source>up</source>
        <translation>向上</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="63"/>
        <source>Print the alignment sheet on plain paper and hold it against a sheet of labels: where the outlines miss the labels, move them by as many millimetres. The offset is kept with the event for this layout.</source>
        <translation>先用普通纸打印对齐页，再将其与标签纸重叠比对：轮廓与标签不重合的，就按相差的毫米数调整偏移。此偏移值随活动针对该版式保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="72"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="74"/>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/documents.py" line="211"/>
        <source>Change the printer offset</source>
        <translation>更改打印机偏移</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../../app/ui/session.py" line="65"/>
        <source>Work out the figures</source>
        <translation>计算统计数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/session.py" line="71"/>
        <source>Cannot work out the figures</source>
        <translation>无法计算统计数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/session.py" line="196"/>
        <location filename="../../app/ui/session.py" line="292"/>
        <source>Cannot {what}</source>
        <translation>无法{what}</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="139"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
</context>
<context>
    <name>EventSettingsForm</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="36"/>
        <source>e.g. Innovation Park, Stavanger</source>
        <translation>例如：斯塔万格创新园</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="44"/>
        <location filename="../../app/ui/dialogs.py" line="45"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="47"/>
        <source>&amp;Only meetings between groups (e.g. delegation and hosts)</source>
        <translation>仅在组别之间洽谈（例如代表团与东道方）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="48"/>
        <source>&amp;Break from</source>
        <translation>休息时间(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="59"/>
        <location filename="../../app/ui/dialogs.py" line="65"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="71"/>
        <source>Event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="72"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="73"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="74"/>
        <source>Meetings from</source>
        <translation>洽谈时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="75"/>
        <source>Meeting length</source>
        <translation>每场洽谈时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="76"/>
        <source>Pause between meetings</source>
        <translation>洽谈间隔</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="78"/>
        <source>Tables</source>
        <translation>洽谈桌数</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="121"/>
        <source>B2B meetings</source>
        <translation>B2B 洽谈会</translation>
    </message>
</context>
<context>
    <name>EventTab</name>
    <message>
        <location filename="../../app/ui/setup/event.py" line="24"/>
        <location filename="../../app/ui/setup/event.py" line="43"/>
        <source>Event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="26"/>
        <source>e.g. Innovation Park, Stavanger</source>
        <translation>例如：斯塔万格创新园</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="30"/>
        <location filename="../../app/ui/setup/event.py" line="34"/>
        <source> meetings</source>
        <translation> 场</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="30"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="32"/>
        <source>An organisation&apos;s own limit, from its registration, comes first</source>
        <translation>机构报名时填写的上限优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="34"/>
        <source>No minimum</source>
        <translation>无下限</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="36"/>
        <source>Every organisation with wishes gets at least this many meetings, or all it asked for</source>
        <translation>每个有洽谈意向的机构至少获得这么多场洽谈，或获得其请求的全部洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="38"/>
        <source> meetings in a row</source>
        <translation> 场后休息</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="38"/>
        <source>No pause needed</source>
        <translation>无需休息</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="40"/>
        <source>After this many meetings in a row, a participant gets at least one slot&apos;s pause</source>
        <translation>参会人连续洽谈达到此场数后，至少休息一个时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="44"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="45"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="46"/>
        <source>Meetings per organisation</source>
        <translation>每个机构的洽谈场数</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="49"/>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="50"/>
        <source>At least</source>
        <translation>最少</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="51"/>
        <source>A pause after</source>
        <translation>连续洽谈满</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="59"/>
        <source>What the timetable aims for first (fairness, requests, compact days) is chosen on the Plan page.</source>
        <translation>日程表的优先目标（公平、洽谈请求、日程紧凑）在“排程”页面中选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="78"/>
        <source>{zone} (this computer&apos;s)</source>
        <translation>{zone}（本机时区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="84"/>
        <source>Time zone of the venue</source>
        <translation>场地所在时区</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="87"/>
        <source>Calendar files give the meeting times in this zone, so that they show right on every phone; leave it empty for this computer&apos;s own ({zone})</source>
        <translation>日历文件按此时区给出洽谈时间，以便在每部手机上正确显示；留空则使用本机时区（{zone}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="97"/>
        <source>None: tables are shared</source>
        <translation>无：洽谈桌共用</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/event.py" line="102"/>
        <source>Every organisation of “{group}”</source>
        <translation>“{group}”的所有机构</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/ui/print/export.py" line="63"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="72"/>
        <source>Exporting to {folder}…</source>
        <translation>正在导出到 {folder}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="89"/>
        <source>Writing file {done} of {total}…</source>
        <translation>正在写入第 {done} 个文件，共 {total} 个…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="115"/>
        <source>The export did not finish.</source>
        <translation>导出未完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="117"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="127"/>
        <source>{file}: the timetable by time, by organisation and by table, and the unmet requests</source>
        <translation>{file}：按时间、机构和洽谈桌排列的日程表，以及未满足的洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="129"/>
        <source>{file}: the timetable for other programs</source>
        <translation>{file}：供其他程序使用的日程表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="106"/>
        <source>Exported %n agendas to {folder}.</source>
        <translation>
            <numerusform>已将 %n 份日程导出到 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="124"/>
        <source>%n agendas, one PDF per organisation, in the folder &lt;i&gt;agendas&lt;/i&gt;</source>
        <translation>
            <numerusform>%n 份日程，每个机构一个 PDF，位于 &lt;i&gt;agendas&lt;/i&gt; 文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/export.py" line="138"/>
        <source>%n calendar files, one per organisation, in the folder &lt;i&gt;calendar&lt;/i&gt;, to add the meetings to a calendar</source>
        <translation>
            <numerusform>%n 个日历文件，每个机构一个，位于 &lt;i&gt;calendar&lt;/i&gt; 文件夹，可将洽谈添加到日历中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="145"/>
        <source>Written to {folder}:</source>
        <translation>已写入 {folder}：</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="152"/>
        <source>{file}: {document}</source>
        <translation>{file}：{document}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="159"/>
        <source>Export everything for the day to</source>
        <translation>将当日所需文件全部导出到</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="171"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/export.py" line="175"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="45"/>
        <source>The registrations file</source>
        <translation>报名文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="48"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="51"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="88"/>
        <source>Choose another file, or correct this one, save it and choose it again.</source>
        <translation>请选择其他文件，或更正此文件，保存后重新选择。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/file.py" line="97"/>
        <source>{file}: {sheets} of %n sheets read.</source>
        <translation>
            <numerusform>{file}：已读取 {sheets} 个工作表（共 %n 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/file.py" line="106"/>
        <source>%n problems stop the import for now; the next steps show where they are.</source>
        <translation>
            <numerusform>目前有 %n 个问题导致无法导入；后续步骤会显示问题所在。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="108"/>
        <source>A problem stops the import for now; the next steps show where it is.</source>
        <translation>目前有一个问题导致无法导入；后续步骤会显示问题所在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="110"/>
        <source>Press Next to see how it was read.</source>
        <translation>点击“下一步”查看读取结果。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="346"/>
        <source>What</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="76"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n 个机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="77"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n 名参会人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="78"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n 个洽谈请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/common.py" line="81"/>
        <source>%n interpreters</source>
        <translation>
            <numerusform>%n 名翻译</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/common.py" line="82"/>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="317"/>
        <source>&lt;h2&gt;Import registrations&lt;/h2&gt;&lt;p&gt;MeetGrid reads the registrations from an Excel workbook (.xlsx, .xlsm) or a CSV file: the MeetGrid template with sheets of organisations, participants and requests, or a registration form&apos;s export with one row a person and the wishes typed in one cell.&lt;/p&gt;&lt;p&gt;Before anything is stored you see, step by step, which sheet is read as what, each sheet&apos;s first rows under the field each column becomes (correct any column MeetGrid guessed wrong), every problem with its row, and the names it had to guess, to confirm.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;导入报名信息&lt;/h2&gt;&lt;p&gt;MeetGrid 从 Excel 工作簿（.xlsx、.xlsm）或 CSV 文件中读取报名信息：可以是 MeetGrid 模板（含机构、参会人和洽谈请求等工作表），也可以是报名表导出的文件（每人一行，洽谈意向填在同一个单元格中）。&lt;/p&gt;&lt;p&gt;在保存任何内容之前，您会逐步看到：每个工作表被读取为什么内容；每个工作表的前几行，显示在各列对应的字段下（MeetGrid 猜错的列可以更正）；每个问题及其所在行；以及 MeetGrid 需要推测的名称，供您确认。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="328"/>
        <source>&amp;New event from registrations…</source>
        <translation>从报名信息新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="333"/>
        <source>&amp;Update from a changed workbook…</source>
        <translation>从修改后的工作簿更新(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="362"/>
        <source>&lt;p&gt;When registrations change after the import, read the changed workbook into &lt;b&gt;{event}&lt;/b&gt;: you see every difference before it is applied; your own edits and the meetings of those who stay are kept, and Undo takes the update back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;导入后如报名信息有变，可将修改后的工作簿读入 &lt;b&gt;{event}&lt;/b&gt;：应用前会列出所有差异；您自己所做的编辑以及仍参会者的洽谈都会保留，“撤销”可取消此次更新。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="105"/>
        <source>Update the event from a changed workbook</source>
        <translation>从修改后的工作簿更新活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="107"/>
        <source>New event from registrations</source>
        <translation>从报名信息新建活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="112"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="112"/>
        <source>&amp;Create the event</source>
        <translation>创建活动(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="166"/>
        <source>Import registrations</source>
        <translation>导入报名信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="172"/>
        <source>Save the event as</source>
        <translation>活动保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="230"/>
        <source>Reading the registrations</source>
        <translation>正在读取报名信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/wizard.py" line="251"/>
        <source>Cannot import the registrations</source>
        <translation>无法导入报名信息</translation>
    </message>
</context>
<context>
    <name>InterpreterDayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Table</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="558"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="128"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="128"/>
        <source>New interpreter</source>
        <translation>新建翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="134"/>
        <source>e.g. Chinese, Norwegian, English</source>
        <translation>例如：中文、挪威语、英语</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="135"/>
        <source>Fr&amp;om</source>
        <translation>从(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="136"/>
        <source>&amp;Until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="156"/>
        <source>e.g. 12:00-12:45, 15:15-15:45</source>
        <translation>例如：12:00-12:45, 15:15-15:45</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="157"/>
        <source>Times of every day when the interpreter is not there</source>
        <translation>翻译每天不在场的时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="159"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="160"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="161"/>
        <source>Available</source>
        <translation>在场时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="162"/>
        <source>Away</source>
        <translation>不在场时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="163"/>
        <source>Leave both times unticked when the interpreter is there all day.</source>
        <translation>如翻译全天在场，两个时间都不要勾选。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="188"/>
        <source>The interpreter must be there until after they arrive.</source>
        <translation>翻译的离开时间必须晚于到达时间。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="194"/>
        <source>&apos;{part}&apos; is not a span of time; write it like 12:00-12:45, several separated by commas.</source>
        <translation>“{part}”不是时间段；请按 12:00-12:45 的格式填写，多个时间段用逗号分隔。</translation>
    </message>
</context>
<context>
    <name>InterpretersModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="344"/>
        <source>Available</source>
        <translation>在场时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="351"/>
        <source>from {time}</source>
        <translation>{time} 起</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="353"/>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="354"/>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="361"/>
        <source>, away {spans}</source>
        <translation>，{spans} 不在场</translation>
    </message>
</context>
<context>
    <name>InterpretersTab</name>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="46"/>
        <source>Interpreters</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="49"/>
        <source>&amp;Add an interpreter…</source>
        <translation>添加翻译(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="51"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="55"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="59"/>
        <source>Preferred: such meetings go ahead; interpreters are named where they are free</source>
        <translation>尽量配备：此类洽谈照常安排，有空闲翻译时指派翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="63"/>
        <source>Required: such a meeting takes place only with an interpreter</source>
        <translation>必须配备：此类洽谈只有配备翻译时才会安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="66"/>
        <location filename="../../app/ui/setup/interpreters.py" line="69"/>
        <source>Meetings without a shared language</source>
        <translation>无共同语言的洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/interpreters.py" line="75"/>
        <source>Organisations that share no language need someone who speaks a language of each: an interpreter listed here (one meeting at a time), or one of their own people who speaks both. Without interpreters listed, such meetings are planned and marked as needing interpreting, so you see how many to book.</source>
        <translation>没有共同语言的机构需要有人能讲双方各自的一种语言：可以是此处列出的翻译（一次只能参加一场洽谈），也可以是机构自己会讲两种语言的人员。如未列出翻译，此类洽谈仍会排程，并标记为需要翻译，以便您了解需要预约多少名翻译。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>&amp;Open event…</source>
        <translation>打开活动(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>Open &amp;shared event…</source>
        <translation>打开共享活动(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>An event on a PostgreSQL server, which several desks work on (meetgrid share puts it there)</source>
        <translation>位于 PostgreSQL 服务器上、供多个服务台共同使用的活动（用 meetgrid share 放到服务器上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>&amp;New event from workbook…</source>
        <translation>从工作簿新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>&amp;Plan timetable</source>
        <translation>开始排程(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>&amp;Cancel planning</source>
        <translation>取消排程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>&amp;Export everything…</source>
        <translation>全部导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Every agenda as its own PDF, schedule.json and schedule.xlsx, into a folder you choose</source>
        <translation>每份日程各为一个 PDF，以及 schedule.json 和 schedule.xlsx，导出到您选择的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Show the Print and export page and print the document previewed there</source>
        <translation>显示“打印与导出”页，并打印其中预览的文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>Save a blank &amp;registration workbook…</source>
        <translation>保存空白报名工作簿(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>The MeetGrid layout with instructions, to send to the participants</source>
        <translation>MeetGrid 格式的报名表，附填写说明，可发给参会人</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156"/>
        <location filename="../../app/ui/main_window.py" line="810"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <location filename="../../app/ui/main_window.py" line="813"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;Lock or unlock meetings</source>
        <translation>锁定/解锁洽谈(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="164"/>
        <source>A locked meeting keeps its time and table when the timetable is planned again</source>
        <translation>锁定的洽谈在重新排程时保留其时间和洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>&amp;Plan</source>
        <translation>排程(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Exporting to {folder}…</source>
        <translation>正在导出到 {folder}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262"/>
        <source>Event setup</source>
        <translation>活动设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="265"/>
        <source>Requests</source>
        <translation>洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Plan</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267"/>
        <source>Timetable</source>
        <translation>日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269"/>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270"/>
        <source>Outcomes</source>
        <translation>洽谈结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271"/>
        <source>Print and export</source>
        <translation>打印与导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="576"/>
        <source>Updated from the workbook: %n changes; plan again to use them. Undo takes them back.</source>
        <translation>
            <numerusform>已从工作簿更新：共 %n 项变更；重新排程后生效。“撤销”可取消这些变更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="612"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n 个机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="613"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="614"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n 场洽谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="615"/>
        <source>{met} of %n requests met</source>
        <translation>
            <numerusform>已满足 {met}/%n 个洽谈请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="712"/>
        <source>Planned %n meetings in {s} s: {status}</source>
        <translation>
            <numerusform>已在 {s} 秒内排定 %n 场洽谈：{status}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="759"/>
        <source>Preparing the document to print…</source>
        <translation>正在准备要打印的文档…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="794"/>
        <source>Exported %n agendas to {folder}</source>
        <translation>
            <numerusform>已将 %n 份日程导出到 {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <location filename="../../app/ui/main_window.py" line="291"/>
        <source>&amp;Board for the hall</source>
        <translation>会场看板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>The clock, the running round and the next round&apos;s tables, full screen on a second screen</source>
        <translation>在第二块屏幕上全屏显示时钟、当前轮次以及下一轮的洽谈桌安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <location filename="../../app/ui/main_window.py" line="304"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="326"/>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Planning in progress</source>
        <translation>正在排程</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327"/>
        <source>Wait for planning to finish or cancel it, then choose the language again.</source>
        <translation>请等待排程完成或取消排程，然后重新选择语言。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="400"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="411"/>
        <source>Open event</source>
        <translation>打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="417"/>
        <source>Open shared event</source>
        <translation>打开共享活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419"/>
        <source>The event&apos;s address on the server, for example
postgresql+psycopg://desk@venue-laptop/b2b?event=stavanger-2026
(the password comes from PGPASSWORD or ~/.pgpass, never from here)</source>
        <translation>活动在服务器上的地址，例如
postgresql+psycopg://desk@venue-laptop/b2b?event=stavanger-2026
（密码取自 PGPASSWORD 或 ~/.pgpass，不在此处填写）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="427"/>
        <source>Export agendas and timetable to</source>
        <translation>将日程和日程表导出到</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432"/>
        <source>Save a blank registration workbook</source>
        <translation>保存空白报名工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>Cannot save the workbook</source>
        <translation>无法保存工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Saved the blank registration workbook {path}</source>
        <translation>已保存空白报名工作簿 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Cannot open the event</source>
        <translation>无法打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="489"/>
        <source>A shared event&apos;s address starts with postgresql+psycopg:// — {url} does not.</source>
        <translation>共享活动的地址以 postgresql+psycopg:// 开头，而 {url} 不是。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="500"/>
        <location filename="../../app/ui/main_window.py" line="556"/>
        <source>Wait for planning to finish or cancel it.</source>
        <translation>请等待排程完成或将其取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="522"/>
        <source>This event was saved by an older MeetGrid and has been upgraded; the file as it was is kept in {path}</source>
        <translation>此活动由旧版 MeetGrid 保存，现已升级；原文件保留在 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="637"/>
        <source>Change what matters most</source>
        <translation>更改优先目标</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="659"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="671"/>
        <source>No timetable can keep every agreed or locked meeting and rule; nothing changed.</source>
        <translation>没有任何日程表能同时保留所有已约定或已锁定的洽谈并满足所有规则；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="681"/>
        <source>Take one of these agreed meetings out (Requests page), let the organisations stay longer, or give the event more slots or tables, and plan again.</source>
        <translation>请取消其中一场已约定洽谈（“洽谈请求”页面），让相关机构停留更久，或为活动增加时段或洽谈桌，然后重新排程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="685"/>
        <source>Unlock or move one of the locked meetings, or lower a minimum, and plan again.</source>
        <translation>请解锁或移动其中一场已锁定的洽谈，或降低某项最低场数，然后重新排程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="688"/>
        <source>Lower the minimum number of meetings (Event setup, or the organisations&apos; own minimum), or give the event more slots or tables, and plan again.</source>
        <translation>请降低最少洽谈场数（在“活动设置”中，或各机构自己的下限），或为活动增加时段或洽谈桌，然后重新排程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="693"/>
        <source>No timetable possible</source>
        <translation>无法生成日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="694"/>
        <source>No timetable can keep all of these together:</source>
        <translation>没有任何日程表能同时满足以下各项：</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="702"/>
        <source>Planning stopped before a timetable was found; nothing changed.</source>
        <translation>排程在找到日程表之前已停止；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="705"/>
        <source>Plan the timetable</source>
        <translation>排程</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="723"/>
        <source>Planning failed; nothing changed.</source>
        <translation>排程失败；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="725"/>
        <source>Planning failed</source>
        <translation>排程失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="786"/>
        <source>An export is still running; wait for it to finish.</source>
        <translation>仍有导出正在进行；请等待其完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="810"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="813"/>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="890"/>
        <source>The server answers again.</source>
        <translation>服务器已恢复响应。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="896"/>
        <source>Another desk&apos;s changes are shown.</source>
        <translation>已显示其他服务台所做的更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="902"/>
        <source>The server cannot be reached; the event is shown as last read, and MeetGrid keeps trying.</source>
        <translation>无法连接服务器；当前显示的是上次读取的活动内容，MeetGrid 会继续尝试连接。</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="414"/>
        <source>Typed</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="415"/>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="416"/>
        <source>Alike</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="417"/>
        <source>First typed at</source>
        <translation>首次出现位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="418"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="448"/>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="450"/>
        <source>column {c}</source>
        <translation>{c} 列</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="470"/>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="484"/>
        <source>%n requests to {name}</source>
        <translation>
            <numerusform>发给 {name} 的 %n 个洽谈请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="487"/>
        <source>%n requests from {name}</source>
        <translation>
            <numerusform>来自 {name} 的 %n 个洽谈请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests.py" line="516"/>
        <source>%n requests from {row} to {column}</source>
        <translation>
            <numerusform>从 {row} 发往 {column} 的 %n 个洽谈请求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="505"/>
        <source>{n} · {met} met</source>
        <translation>{n} · 已满足 {met}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="521"/>
        <source>, {met} of them met</source>
        <translation>，其中 {met} 个已满足</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="41"/>
        <source>groups</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="42"/>
        <source>countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="45"/>
        <source>Requests from</source>
        <translation>洽谈请求：从</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="47"/>
        <source>(rows) to</source>
        <translation>（行）到</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="49"/>
        <source>(columns)</source>
        <translation>（列）</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="55"/>
        <source>Requests between groups</source>
        <translation>组别之间的洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="88"/>
        <source>Requests of the chosen cell</source>
        <translation>所选单元格的洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="127"/>
        <source>Click a cell to list its requests.</source>
        <translation>点击单元格可列出其中的洽谈请求。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="131"/>
        <source>No requests yet. Add wishes on the &apos;By organisation&apos; tab, or accept suggested pairs.</source>
        <translation>尚无洽谈请求。请在“按机构”选项卡中添加洽谈意向，或接受推荐的配对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="139"/>
        <source>Each cell counts the requests from organisations of its row to organisations of its column{met}; the deeper the colour, the more requests. Click a cell to list them.</source>
        <translation>每个单元格统计从所在行的机构发往所在列的机构的洽谈请求数{met}；颜色越深，请求越多。点击单元格可列出这些请求。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/matrix.py" line="141"/>
        <source>, and how many the timetable meets</source>
        <translation>，以及日程表满足了多少</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/matrix.py" line="161"/>
        <source>%n requests from {row} to {column}</source>
        <translation>
            <numerusform>从 {row} 发往 {column} 的 %n 个洽谈请求</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_wizard/names.py" line="58"/>
        <source>%n names were matched approximately; {a} of them are read as shown.</source>
        <translation>
            <numerusform>有 %n 个名称为近似匹配；其中 {a} 个按所示内容读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationListModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="151"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="152"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="153"/>
        <source>Wishes</source>
        <translation>发出意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="154"/>
        <source>Wished by</source>
        <translation>收到意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="185"/>
        <source>How many organisations it wishes to meet</source>
        <translation>该机构希望洽谈的机构数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="187"/>
        <source>How many organisations wish to meet it</source>
        <translation>希望与该机构洽谈的机构数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="205"/>
        <source>Interests: </source>
        <translation>关注领域：</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="27"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="28"/>
        <source>Local name</source>
        <translation>本国语言名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="29"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="30"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="31"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="32"/>
        <source>Meetings</source>
        <translation>洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="33"/>
        <source>Interests</source>
        <translation>关注领域</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="240"/>
        <source>Search names, countries, interests, people…</source>
        <translation>搜索名称、国家、关注领域、人员…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="242"/>
        <source>Search organisations</source>
        <translation>搜索机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="245"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="246"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="247"/>
        <source>Interest</source>
        <translation>关注领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="249"/>
        <source>Only the organisations that hold no meeting</source>
        <translation>仅显示没有任何洽谈的机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="260"/>
        <source>Organisations shown</source>
        <translation>显示的机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="264"/>
        <source>An organisation that registered after the import, and its people</source>
        <translation>在导入之后报名的机构及其人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="282"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="248"/>
        <source>&amp;No meetings yet</source>
        <translation>尚无洽谈(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="251"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="262"/>
        <source>&amp;Add a late registration…</source>
        <translation>添加补充报名(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="267"/>
        <source>&amp;Remove organisation…</source>
        <translation>删除机构(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="289"/>
        <source>A&amp;dd person…</source>
        <translation>添加人员(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="291"/>
        <source>Re&amp;move person…</source>
        <translation>删除人员(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="298"/>
        <source>People of the selected organisation</source>
        <translation>所选机构的人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="309"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="329"/>
        <source>Planning in progress: changes wait until it has finished.</source>
        <translation>正在排程：更改将在排程完成后进行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="345"/>
        <source>No event open</source>
        <translation>未打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="349"/>
        <source>Open an event or import registrations: this page lists the organisations and their people, to search, correct, and add late registrations.</source>
        <translation>请打开一个活动或导入报名信息：本页面列出各机构及其人员，可搜索、更正并添加补充报名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="367"/>
        <source>{name} filter</source>
        <translation>{name}筛选</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="416"/>
        <source>All groups</source>
        <translation>所有组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="418"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="422"/>
        <source>All interests</source>
        <translation>所有关注领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="448"/>
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="473"/>
        <source>Showing {shown} of %n organisations</source>
        <translation>
            <numerusform>显示 {shown} / %n 个机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="475"/>
        <source>%n organisations</source>
        <translation>
            <numerusform>%n 个机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="589"/>
        <source>its %n people</source>
        <translation>
            <numerusform>其 %n 名人员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="592"/>
        <source>its %n meetings</source>
        <translation>
            <numerusform>其 %n 场洽谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/organisations_page.py" line="736"/>
        <source>{person} is on %n meetings. They stay in the timetable, without {person}.</source>
        <translation>
            <numerusform>{person}参加 %n 场洽谈。这些洽谈将保留在日程表中，但不再包含{person}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="548"/>
        <source>Select an organisation to see its people</source>
        <translation>选择一个机构以查看其人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="551"/>
        <source>People of {name}</source>
        <translation>{name}的人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="622"/>
        <location filename="../../app/ui/organisations_page.py" line="635"/>
        <source>Change {field} of {name}</source>
        <translation>更改{name}的{field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="666"/>
        <source>Register {name}</source>
        <translation>登记{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="686"/>
        <source>Remove {name} from the event?</source>
        <translation>要从活动中移除{name}吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="691"/>
        <source>This also removes {what}.</source>
        <translation>这也会移除{what}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="691"/>
        <source> and </source>
        <translation>以及</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="694"/>
        <source>It holds no meetings.</source>
        <translation>该机构没有洽谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="695"/>
        <source>Edit ▸ Undo brings it all back.</source>
        <translation>可通过“编辑 ▸ 撤销”全部恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="696"/>
        <source>Remove an organisation</source>
        <translation>移除机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="696"/>
        <location filename="../../app/ui/organisations_page.py" line="740"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="702"/>
        <source>Remove {name}</source>
        <translation>移除{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="718"/>
        <source>Add {person} to {name}</source>
        <translation>将{person}添加到{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="739"/>
        <source>Remove {person}?</source>
        <translation>要移除{person}吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="745"/>
        <source>Remove {person}</source>
        <translation>移除{person}</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="52"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="53"/>
        <source>Table</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="54"/>
        <location filename="../../app/ui/outcomes_page.py" line="55"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="56"/>
        <source>Held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="57"/>
        <source>Who was missing</source>
        <translation>缺席者</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="58"/>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="59"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="60"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="64"/>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="65"/>
        <source>not held</source>
        <translation>未举行</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="215"/>
        <source>Outcomes of the meetings</source>
        <translation>洽谈结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="230"/>
        <source>&amp;Write blank feedback workbook…</source>
        <translation>生成空白反馈工作簿(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="231"/>
        <source>&amp;Import feedback…</source>
        <translation>导入反馈(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="232"/>
        <source>Wri&amp;te the report…</source>
        <translation>生成报告(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="241"/>
        <source>Outcomes</source>
        <translation>洽谈结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="244"/>
        <source>What came of each meeting: double-click a cell to record it, or hand out the feedback workbook and import it when filled in. Undo takes back any change.</source>
        <translation>记录每场洽谈的结果：双击单元格即可填写，也可以分发反馈工作簿，填好后再导入。所有更改都可以撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="266"/>
        <source>{planned} meetings: {held} held, {not_held} not held, {unknown} unknown; {follow} follow-ups</source>
        <translation>共 {planned} 场洽谈：已举行 {held} 场，未举行 {not_held} 场，情况不明 {unknown} 场；需跟进 {follow} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="278"/>
        <location filename="../../app/ui/outcomes_page.py" line="283"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="283"/>
        <source>Import feedback</source>
        <translation>导入反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="288"/>
        <source>Write the report to</source>
        <translation>报告保存到</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="303"/>
        <source>Record the outcome of {a} – {b}</source>
        <translation>记录 {a} – {b} 的洽谈结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="323"/>
        <source>Write the feedback workbook</source>
        <translation>生成反馈工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="332"/>
        <source>Cannot write the feedback workbook</source>
        <translation>无法写入反馈工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="335"/>
        <source>Feedback workbook</source>
        <translation>反馈工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="335"/>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="349"/>
        <source>Import feedback from {name}</source>
        <translation>从 {name} 导入反馈</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="353"/>
        <source>Rows with answers: {rows}; left empty: {empty}; outcomes changed: {changed}.</source>
        <translation>已填写的行：{rows}；空白行：{empty}；已更改的洽谈结果：{changed}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="359"/>
        <source>Not read:</source>
        <translation>未读取：</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="363"/>
        <source>Feedback imported</source>
        <translation>反馈已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="376"/>
        <source>Cannot write the report</source>
        <translation>无法写入报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="380"/>
        <source>Report written</source>
        <translation>报告已生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcomes_page.py" line="381"/>
        <source>Wrote {pdf} and {xlsx}</source>
        <translation>已写入 {pdf} 和 {xlsx}</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="255"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="256"/>
        <source>Name in own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="257"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="258"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="259"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="260"/>
        <source>Meetings</source>
        <translation>洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="261"/>
        <source>Check-in code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/organisations.py" line="323"/>
        <source>The check-in code on the badge and agenda; Ctrl+C copies it</source>
        <translation>胸牌和日程上的签到码；按 Ctrl+C 复制</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="29"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="30"/>
        <source>Name in own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="31"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="32"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="81"/>
        <source>arrived {time}</source>
        <translation>{time} 已到</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="83"/>
        <source>leaves {time}</source>
        <translation>{time} 离开</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="86"/>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="89"/>
        <source>expected from {time}</source>
        <translation>预计 {time} 到场</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="91"/>
        <source>expected, absent from {time}</source>
        <translation>预计到场，{time} 起缺席</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/models.py" line="92"/>
        <source>expected</source>
        <translation>预计到场</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="186"/>
        <source>Add a person to {name}</source>
        <translation>为{name}添加人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="192"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/plan_page.py" line="55"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="56"/>
        <location filename="../../app/ui/plan_page.py" line="100"/>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="59"/>
        <source>How long the planner may search; the best timetable found by then is kept</source>
        <translation>排程程序可搜索的时长；届时找到的最佳日程表将被保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="63"/>
        <source>What matters most, in order</source>
        <translation>优先事项（按重要性排序）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="83"/>
        <source>By default planning the same event twice gives the same timetable. At full speed the planner uses the whole time limit as fast as it can, and results may differ between runs.</source>
        <translation>默认情况下，同一活动排程两次会得到相同的日程表。全速模式下，排程程序会尽可能快地用满整个时间上限，每次运行的结果可能不同。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="88"/>
        <source>&amp;Agreed meetings: every request must take place</source>
        <translation>已约定洽谈(&amp;A)：每个洽谈请求都必须安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="91"/>
        <source>For a day whose meetings were requested and accepted on a matchmaking platform: every request is a meeting both sides agreed to. Each one gets a time and a table, with as few idle gaps as possible for anyone; when they cannot all take place, MeetGrid names the few that cannot be held together. Without it, only requests marked agreed must take place.</source>
        <translation>适用于洽谈已在对接平台上发起并被接受的活动：每个洽谈请求都是双方已约定的洽谈。每场洽谈都会分配时间和洽谈桌，并尽量减少每个人的空档；如果无法全部安排，MeetGrid 会指出无法同时安排的少数几场。不勾选此项时，只有标记为已约定的洽谈请求必须安排。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="102"/>
        <source>What matters most, first</source>
        <translation>优先事项（最重要的在前）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="66"/>
        <source>&amp;Move up</source>
        <translation>上移(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="67"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="70"/>
        <source>&amp;Usual order</source>
        <translation>默认顺序(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="80"/>
        <source>Full &amp;speed (the same event may give another timetable)</source>
        <translation>全速（同一活动可能得出不同的日程表）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="105"/>
        <source>Plan &amp;the timetable</source>
        <translation>排程(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="108"/>
        <source>&amp;Cancel and keep the best so far</source>
        <translation>取消并保留当前最佳结果(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="110"/>
        <source>See the t&amp;imetable</source>
        <translation>查看日程表(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="117"/>
        <source>Planner settings</source>
        <translation>排程设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="134"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="173"/>
        <source>Fairness: every organisation gets meetings, the worst-off first</source>
        <translation>公平：每个机构都有洽谈，优先照顾洽谈最少的机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="174"/>
        <source>Requests: as many wished-for meetings as possible, mutual ones first</source>
        <translation>洽谈请求：满足尽可能多的洽谈意向，双向意向优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="175"/>
        <source>Compact days: few idle gaps between an organisation&apos;s meetings</source>
        <translation>紧凑安排：机构的洽谈之间尽量少留空档</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="177"/>
        <source>Interpreters: as many meetings without a shared language as possible get one</source>
        <translation>翻译：为尽可能多无共同语言的洽谈安排翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="225"/>
        <source>Open or import an event first.</source>
        <translation>请先打开或导入活动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="245"/>
        <source>Look at this before printing the agendas:</source>
        <translation>打印日程前请查看以下内容：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="249"/>
        <source>Not planned yet</source>
        <translation>尚未排程</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="252"/>
        <source>{orgs} organisations have asked for %n meetings. Choose how long the planner may search and what matters most, then plan.</source>
        <translation>
            <numerusform>{orgs} 个机构共提出了 %n 个洽谈请求。请设置排程程序的搜索时长和优先事项，然后开始排程。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="264"/>
        <source>{meetings}; {requests}</source>
        <translation>{meetings}；{requests}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="265"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n 场洽谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="268"/>
        <source>{met} of %n requests met</source>
        <translation>
            <numerusform>已满足 {met} / %n 个洽谈请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="284"/>
        <source>%n requests could not be met (see the Timetable page for each one):</source>
        <translation>
            <numerusform>%n 个洽谈请求未能满足（详见“日程表”页）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="297"/>
        <source>%n meetings need interpreting:</source>
        <translation>
            <numerusform>%n 场洽谈需要翻译：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plan_page.py" line="321"/>
        <source>Only {n} meetings planned for %n requested pairs — see the warnings above</source>
        <translation>
            <numerusform>仅为 %n 对请求洽谈的机构安排了 {n} 场洽谈——请查看上方的警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="262"/>
        <source>Changed by hand since it was planned</source>
        <translation>排程后已手动修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="272"/>
        <source>Planned {when} in {s} s</source>
        <translation>{when} 完成排程，用时 {s} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="278"/>
        <source>When planned: {verdict}</source>
        <translation>排程结果：{verdict}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="289"/>
        <source>{reason}: {n} — {advice}</source>
        <translation>{reason}：{n} —— {advice}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="306"/>
        <source>The best possible timetable under the rules you set</source>
        <translation>在您设定的规则下可得到的最佳日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="308"/>
        <source>A good timetable, not proven the best (the planner ran out of time)</source>
        <translation>较好的日程表，但未证明是最佳（排程程序已用完时间）</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="310"/>
        <source>No timetable can keep every agreed or locked meeting and rule</source>
        <translation>没有日程表能同时满足所有已约定或锁定的洽谈及规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="311"/>
        <source>No timetable found in the time given</source>
        <translation>在给定时间内未找到日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="319"/>
        <source>No meetings planned — see the warnings above</source>
        <translation>未安排任何洽谈——请查看上方的警告</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="367"/>
        <source>Planning… {s} s</source>
        <translation>正在排程… {s} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="371"/>
        <source>fairness level</source>
        <translation>公平程度</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="372"/>
        <source>requests</source>
        <translation>洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="373"/>
        <source>idle gaps</source>
        <translation>空档</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="374"/>
        <source>meetings with an interpreter</source>
        <translation>有翻译的洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="376"/>
        <source>, {stage}: best {value}</source>
        <translation>，{stage}：最佳 {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="380"/>
        <source>, within {gap} % of the best possible</source>
        <translation>，与理论最优相差不超过 {gap} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="402"/>
        <source>Planning…</source>
        <translation>正在排程…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="403"/>
        <source>Looking for a first timetable.</source>
        <translation>正在寻找第一个日程表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="410"/>
        <source>Planning… {s} s, now improving {tier}</source>
        <translation>正在排程… {s} 秒，正在优化：{tier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="416"/>
        <source>best so far {value}</source>
        <translation>当前最佳 {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="418"/>
        <source>best possible {value}</source>
        <translation>理论最优 {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="431"/>
        <source>No timetable can keep all of these together:</source>
        <translation>没有日程表能同时满足以下各项：</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="437"/>
        <source>Stopped: the best timetable found so far is kept</source>
        <translation>已停止：保留目前找到的最佳日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="439"/>
        <source>Stopped before a timetable was found; nothing changed</source>
        <translation>在找到日程表之前已停止；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_page.py" line="443"/>
        <source>Planning failed; the timetable is as it was</source>
        <translation>排程失败；日程表保持不变</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="265"/>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="269"/>
        <source>Row {n} of the sheet</source>
        <translation>工作表第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="305"/>
        <source>Not read: {why}</source>
        <translation>未读取：{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="307"/>
        <source>Read as you chose</source>
        <translation>按您的选择读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="308"/>
        <source>What MeetGrid reads from this column; choose another field to correct it</source>
        <translation>MeetGrid 从此列读取的内容；如有误，请选择其他字段</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../app/ui/print/preview.py" line="63"/>
        <source>Print the document shown, or some of its pages</source>
        <translation>打印当前文档或其中部分页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="66"/>
        <source>Save the document shown as a PDF file</source>
        <translation>将当前文档另存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="73"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="74"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="76"/>
        <location filename="../../app/ui/print/preview.py" line="77"/>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="82"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="82"/>
        <source>Fit the page width</source>
        <translation>按页面宽度缩放</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="85"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="85"/>
        <source>Show a whole page at once</source>
        <translation>显示整页</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="90"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="93"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="100"/>
        <location filename="../../app/ui/print/preview.py" line="134"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="62"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="65"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="119"/>
        <source>&amp;Cancel printing</source>
        <translation>取消打印(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="146"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="228"/>
        <source>Preparing the preview</source>
        <translation>正在准备预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="239"/>
        <source>No timetable yet</source>
        <translation>尚无日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="242"/>
        <source>Plan the timetable of {event} first: the {document} are made of it. The badges and the badge alignment sheet can be printed already.</source>
        <translation>请先为 {event} 排程：{document}需根据日程表生成。胸牌和胸牌对齐测试页现在就可以打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="259"/>
        <source>Nothing changed since the last printing</source>
        <translation>自上次打印以来没有变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="262"/>
        <source>Every agenda shows what was last printed, saved or exported for its organisation. After a change of the timetable, the agendas it changes are listed here.</source>
        <translation>每份日程都与上次为该机构打印、保存或导出的内容一致。日程表变更后，受影响的日程会列在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="287"/>
        <source>Preparing the agendas… {done} of {total}</source>
        <translation>正在准备日程… {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="289"/>
        <source>Preparing the document… {done} of {total}</source>
        <translation>正在准备文档… {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="297"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="326"/>
        <source>The preview could not be prepared:</source>
        <translation>无法准备预览：</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="356"/>
        <source>the PDF could not be read</source>
        <translation>无法读取 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="363"/>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="380"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="395"/>
        <source>The %n agendas changed since last printed · {pages}</source>
        <translation>
            <numerusform>上次打印后有变动的 %n 份日程 · {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/preview.py" line="400"/>
        <source>All %n agendas · {pages}</source>
        <translation>
            <numerusform>全部 %n 份日程 · {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="387"/>
        <source>{document} of {name}</source>
        <translation>{name}的{document}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="405"/>
        <source>Agenda of {name} · {pages}</source>
        <translation>{name}的日程 · {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="525"/>
        <source>{event} agendas</source>
        <translation>{event} 日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="544"/>
        <source>Cannot save the PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/preview.py" line="560"/>
        <source>Save the document as</source>
        <translation>文档另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="47"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="47"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="50"/>
        <location filename="../../app/ui/setup/preview.py" line="59"/>
        <source>Meeting slots</source>
        <translation>洽谈时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="73"/>
        <source>No meeting slots</source>
        <translation>没有洽谈时段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="80"/>
        <source>%n meeting slots over {days}</source>
        <translation>
            <numerusform>{days}共 %n 个洽谈时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="81"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/preview.py" line="97"/>
        <source>{day} · %n slots</source>
        <translation>
            <numerusform>{day} · %n 个时段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="85"/>
        <source>At {t} tables: room for up to {m} meetings in all.</source>
        <translation>共 {t} 张洽谈桌：最多可安排 {m} 场洽谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="108"/>
        <source>Meeting slot {n}</source>
        <translation>洽谈时段 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="111"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/preview.py" line="115"/>
        <source>{label}: no meetings</source>
        <translation>{label}：无洽谈</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../app/ui/print/page.py" line="77"/>
        <source>Count the agendas changed since printed</source>
        <translation>统计自打印以来有变动的日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/page.py" line="124"/>
        <source>No event open</source>
        <translation>未打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/page.py" line="126"/>
        <source>Open an event or import registrations, then plan the timetable: here you will preview, print and save each organisation&apos;s agenda, the badges, table signs, run sheets and master grid, and export everything for the day.</source>
        <translation>请打开活动或导入报名信息，然后排程。在这里可以预览、打印并保存各机构的日程、胸牌、桌牌、现场流程表和洽谈总表，并导出当天所需的全部资料。</translation>
    </message>
</context>
<context>
    <name>PrintRunPanel</name>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="37"/>
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/print/print_run.py" line="38"/>
        <source>The pages chosen are not in this document, which has %n pages.</source>
        <translation>
            <numerusform>所选页面不在此文档中，此文档共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="49"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="51"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>无法启动打印机。请检查打印机是否已开机并连接，然后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="95"/>
        <source>The printer stopped taking pages.</source>
        <translation>打印机已停止接收页面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="101"/>
        <source>Printing page {n} of {total}…</source>
        <translation>正在打印第 {n} 页，共 {total} 页…</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="145"/>
        <source>Printing stopped</source>
        <translation>打印已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/print/print_run.py" line="158"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../app/ui/charts.py" line="225"/>
        <source>Planning progress</source>
        <translation>排程进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="288"/>
        <source>Fairness: meetings for the worst-off (higher is better)</source>
        <translation>公平：洽谈最少者的洽谈数（越高越好）</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="289"/>
        <source>Requests: value of the meetings held (higher is better)</source>
        <translation>洽谈请求：已举行洽谈的价值（越高越好）</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="290"/>
        <source>Idle gaps between meetings (lower is better)</source>
        <translation>洽谈之间的空档（越低越好）</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="291"/>
        <source>Meetings with an interpreter (higher is better)</source>
        <translation>有翻译的洽谈（越高越好）</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="296"/>
        <source>fairness</source>
        <translation>公平</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="297"/>
        <source>requests</source>
        <translation>洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="298"/>
        <source>idle gaps</source>
        <translation>空档</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="299"/>
        <source>interpreters</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="307"/>
        <source>Gap: not known yet</source>
        <translation>差距：尚不明确</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="309"/>
        <source>Gap: 0 % (proven best)</source>
        <translation>差距：0 %（已证明最优）</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="310"/>
        <source>Gap: {gap} %</source>
        <translation>差距：{gap} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="316"/>
        <source>Done: </source>
        <translation>已完成：</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="336"/>
        <source>Plan the timetable to follow the planner&apos;s progress here.</source>
        <translation>开始排程后，可在此查看排程进度。</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="406"/>
        <source>seconds since planning started</source>
        <translation>排程开始后的秒数</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="432"/>
        <source>No timetable found yet</source>
        <translation>尚未找到日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="449"/>
        <source>Best timetable</source>
        <translation>最佳日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/charts.py" line="450"/>
        <source>Best possible (proven bound)</source>
        <translation>理论最优（已证明的界限）</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../../app/ui/reasons.py" line="25"/>
        <source>Never there at the same time</source>
        <translation>双方不在同一时间到场</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="26"/>
        <source>Maximum of meetings reached</source>
        <translation>已达洽谈数上限</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="27"/>
        <source>No free slot in common</source>
        <translation>没有共同的空闲时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="28"/>
        <source>No table free</source>
        <translation>没有空闲的洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="29"/>
        <source>Not placed before planning stopped</source>
        <translation>排程停止前未安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="30"/>
        <source>Kept apart</source>
        <translation>互不洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="31"/>
        <source>No interpreter</source>
        <translation>没有翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="32"/>
        <source>A pause is due</source>
        <translation>需要休息</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="33"/>
        <source>Meeting order</source>
        <translation>洽谈顺序</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="34"/>
        <source>Would leave an idle gap</source>
        <translation>会造成空档</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="42"/>
        <source>register interpreters for these languages, or let such meetings go ahead without (interpreting: preferred)</source>
        <translation>为这些语言登记翻译，或允许此类洽谈在没有翻译的情况下进行（翻译：优先）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="45"/>
        <source>check the organisations&apos; hours and absences</source>
        <translation>检查各机构的到场时间和缺席安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="46"/>
        <source>raise the maximum meetings</source>
        <translation>提高洽谈数上限</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="48"/>
        <source>add a slot or lengthen the day; these organisations are booked whenever both are there</source>
        <translation>增加时段或延长活动时间；双方同时在场的时段均已排满</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="50"/>
        <source>add tables or a slot</source>
        <translation>增加洽谈桌或时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="51"/>
        <source>check the required meeting orders</source>
        <translation>检查规定的洽谈顺序</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="52"/>
        <source>allow more meetings in a row, or add a slot</source>
        <translation>允许更多连续洽谈，或增加时段</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="53"/>
        <source>rank requests above compact days</source>
        <translation>将洽谈请求的优先级置于紧凑日程之上</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="54"/>
        <source>give the planner more time</source>
        <translation>给排程程序更多时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="56"/>
        <source>the event&apos;s rules keep these apart (only meetings between groups, do-not-meet)</source>
        <translation>活动规则使双方不能洽谈（仅限组间洽谈、互不洽谈）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="66"/>
        <source>%n meetings need {languages} interpreting, at most {most} at the same time</source>
        <translation>
            <numerusform>%n 场洽谈需要{languages}翻译，同一时段最多 {most} 场</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="82"/>
        <source>the event has no meeting requests, so no meetings were planned: give each organisation the organisations it wishes to meet (a wishes column in the workbook, or the Requests page)</source>
        <translation>本活动没有洽谈请求，因此未排定任何洽谈：请为每个机构填写其希望洽谈的机构（工作簿中的洽谈意向列，或“洽谈请求”页）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="87"/>
        <source>no meetings were planned for the %n requested pairs</source>
        <translation>
            <numerusform>%n 对请求洽谈的机构均未排定洽谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="88"/>
        <source>only {meetings} planned for the %n requested pairs</source>
        <translation>
            <numerusform>%n 对请求洽谈的机构仅排定了 {meetings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="89"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n 场洽谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="94"/>
        <source>{reason}: {unmet} of %n requests unmet ({share} %); {advice}</source>
        <translation>
            <numerusform>{reason}：%n 个洽谈请求中有 {unmet} 个未满足（{share} %）；{advice}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="102"/>
        <source>only meetings between groups were asked for, but the organisations are not in two or more groups, so the rule kept nobody apart: give each organisation its group (a Group column in the workbook, or the Organisations page)</source>
        <translation>已要求仅安排组间洽谈，但各机构未分属两个或以上的组，因此该规则未分隔任何机构：请为每个机构指定其所属组（工作簿中的“组”列，或“机构”页）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="109"/>
        <source> and %n more</source>
        <translation>
            <numerusform>等另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reasons.py" line="111"/>
        <source>%n organisations that asked for meetings have none: {names}</source>
        <translation>
            <numerusform>%n 个提出洽谈请求的机构没有任何洽谈：{names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="118"/>
        <source>no timetable keeps every locked meeting and minimum together</source>
        <translation>没有任何日程表能同时满足所有已锁定的洽谈和最低要求</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="120"/>
        <source>stopped before a timetable was found</source>
        <translation>在找到日程表之前已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="121"/>
        <source>the planner could not read the event</source>
        <translation>排程程序无法读取该活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="122"/>
        <source>no timetable found in the time given</source>
        <translation>在给定时间内未找到日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/reasons.py" line="123"/>
        <source>the last planning found no timetable: {verdict}</source>
        <translation>上次排程未找到日程表：{verdict}</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="127"/>
        <source>Add a late registration</source>
        <translation>添加补充报名</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="130"/>
        <source>the name in its own language, if another</source>
        <translation>本国语言名称（如有）</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="131"/>
        <source>e.g. Host</source>
        <translation>例如：东道方</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="132"/>
        <source>e.g. Norway</source>
        <translation>例如：挪威</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="134"/>
        <source>e.g. ports, offshore wind</source>
        <translation>例如：港口、海上风电</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="136"/>
        <source>e.g. English, Norwegian</source>
        <translation>例如：英语、挪威语</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="138"/>
        <location filename="../../app/ui/organisations_page.py" line="158"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="139"/>
        <source>Local name</source>
        <translation>本国语言名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="140"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="141"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="142"/>
        <source>Interests</source>
        <translation>关注领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="143"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="146"/>
        <source>if they differ from the organisation&apos;s</source>
        <translation>如与机构不同</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="151"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="160"/>
        <source>First person</source>
        <translation>首位人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="162"/>
        <source>Add its meeting requests, then plan the timetable again to give it meetings.</source>
        <translation>请添加该机构的洽谈请求，然后重新排程，为其安排洽谈。</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="248"/>
        <source>Save the change sheet for the desk (Cancel: not now)</source>
        <translation>保存供服务台使用的变更单（取消：暂不保存）</translation>
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
        <translation>重新排程当天剩余时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="48"/>
        <source>0: no meeting that stays moves. More: up to this many later meetings may move to meet more wishes</source>
        <translation>0：保留的洽谈均不移动。大于 0：最多可移动这么多场后续洽谈，以满足更多洽谈意向</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="54"/>
        <source>Meetings that have started stay as they are. Meetings with a side absent are cancelled, unless a free colleague can take the place; the tables freed go to wishes not met yet, walk-ins included.</source>
        <translation>已开始的洽谈保持不变。一方缺席的洽谈将被取消，除非有空闲的同事可以顶替；腾出的洽谈桌将用于尚未满足的洽谈意向，包括现场报名者的意向。</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="61"/>
        <source>Re-plan from</source>
        <translation>重新排程起始时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="62"/>
        <source>Meetings that may move</source>
        <translation>可移动的洽谈数</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="66"/>
        <source>Work out the changes</source>
        <translation>计算变更</translation>
    </message>
</context>
<context>
    <name>Replanner</name>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="163"/>
        <source>Re-plan the rest of the &amp;day…</source>
        <translation>重新排程当天剩余时间(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="166"/>
        <source>Cancel what absences stop, fill the tables freed from wishes not met, and move nothing else</source>
        <translation>取消因缺席而无法进行的洽谈，将腾出的洽谈桌用于未满足的洽谈意向，其他安排不变</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="205"/>
        <source>The re-plan breaks a rule, so nothing was stored: </source>
        <translation>重新排程违反了规则，因此未保存任何更改：</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="209"/>
        <source>The event changed while the re-plan was worked out; re-plan again.</source>
        <translation>计算重新排程期间活动已发生变化；请再次重新排程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="215"/>
        <source>Re-plan the rest of the day</source>
        <translation>重新排程当天剩余时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="232"/>
        <source>Cannot write the change sheet</source>
        <translation>无法写入变更单</translation>
    </message>
    <message>
        <location filename="../../app/ui/replan_dialog.py" line="237"/>
        <source>Cannot re-plan the day</source>
        <translation>无法重新排程当天</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="263"/>
        <source>Asked by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="264"/>
        <source>Wishes to meet</source>
        <translation>意向洽谈对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="265"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="266"/>
        <source>Session</source>
        <translation>上/下午</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="267"/>
        <source>Both ways</source>
        <translation>双向</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="268"/>
        <source>Met?</source>
        <translation>已满足？</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="269"/>
        <source>Agreed</source>
        <translation>已约定</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="317"/>
        <source>Double-click a priority to change it</source>
        <translation>双击优先级可进行更改</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="319"/>
        <source>Both organisations asked to meet each other: planned before one-way wishes</source>
        <translation>双方机构都希望与对方洽谈：先于单向意向排程</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="321"/>
        <source>Both sides agreed to the meeting before the day: it must take place</source>
        <translation>双方已在活动前约定此洽谈：必须安排</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="373"/>
        <source>⇄ mutual</source>
        <translation>⇄ 双向</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="375"/>
        <source>agreed</source>
        <translation>已约定</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="389"/>
        <source>Both asked to meet each other</source>
        <translation>双方都希望与对方洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="403"/>
        <source>not planned yet</source>
        <translation>尚未排程</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="403"/>
        <source>Plan the timetable to see which requests are met</source>
        <translation>排程后可查看哪些洽谈请求已满足</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="409"/>
        <source>met {when}, {table}</source>
        <translation>已满足：{when}，{table}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="412"/>
        <location filename="../../app/ui/models/requests.py" line="415"/>
        <source>not met</source>
        <translation>未满足</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="412"/>
        <source>Working out why…</source>
        <translation>正在分析原因…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="417"/>
        <source>not met: </source>
        <translation>未满足：</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="71"/>
        <source>must meet</source>
        <translation>必须洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="72"/>
        <source>would like</source>
        <translation>希望洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="73"/>
        <source>if time allows</source>
        <translation>时间允许时</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="81"/>
        <source>morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="82"/>
        <source>afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="73"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="77"/>
        <source>Suggestions</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="85"/>
        <source>By organisation</source>
        <translation>按机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="86"/>
        <source>Across groups</source>
        <translation>跨组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="87"/>
        <source>Suggested pairs</source>
        <translation>推荐配对</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="119"/>
        <source>No event open</source>
        <translation>未打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="121"/>
        <source>Open an event or import registrations: this page shows who wishes to meet whom, lets you add, remove and reprioritise wishes, and suggests pairs who share interests.</source>
        <translation>请打开活动或导入报名信息：此页显示各方的洽谈意向，可添加、删除洽谈意向或调整其优先级，并推荐关注领域相同的配对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="128"/>
        <source>No organisations yet</source>
        <translation>尚无机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/page.py" line="130"/>
        <source>{event} has no organisations. Import the registrations, or add organisations, then come back to see and edit their wishes.</source>
        <translation>{event} 尚无机构。请导入报名信息或添加机构，然后回到此处查看和编辑其洽谈意向。</translation>
    </message>
</context>
<context>
    <name>RowDialog</name>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="146"/>
        <source>{sheet}, row {row}</source>
        <translation>{sheet}，第 {row} 行</translation>
    </message>
</context>
<context>
    <name>RowModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Heading</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="513"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../app/ui/setup/page.py" line="102"/>
        <source>No event open</source>
        <translation>未打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="105"/>
        <source>Open an event or import registrations: this page sets the days, the meeting times, the tables, who may meet whom and the interpreters.</source>
        <translation>请打开活动或导入报名信息：此页用于设置日期、洽谈时间、洽谈桌、洽谈对象规则和翻译。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="112"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="113"/>
        <source>Days and times</source>
        <translation>日期与时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="114"/>
        <source>Tables</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="115"/>
        <source>Who meets whom</source>
        <translation>洽谈对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="116"/>
        <source>Interpreters</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="117"/>
        <source>Badges</source>
        <translation>胸牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="129"/>
        <source>The timetable is being planned: the setup can be changed once planning has finished.</source>
        <translation>正在排程：排程完成后才能更改设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="139"/>
        <source>Put everything back as it is stored</source>
        <translation>全部恢复为已保存的设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="138"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="141"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="143"/>
        <source>Store the changes; Undo takes them back</source>
        <translation>保存更改；可通过撤销恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="203"/>
        <source>The stored setup changed (undo or redo), so the changes not applied were put aside.</source>
        <translation>已保存的设置发生了变化（撤销或重做），因此未应用的更改已被搁置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="255"/>
        <source>The event needs at least one day; add one.</source>
        <translation>活动至少需要一天；请添加一天。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="268"/>
        <source>The event needs a name.</source>
        <translation>活动需要名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="272"/>
        <source>Add at least one table, or choose identical tables.</source>
        <translation>请至少添加一张洽谈桌，或选择相同规格的洽谈桌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="351"/>
        <source>Planning cannot work with these tables: </source>
        <translation>这些洽谈桌无法用于排程：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="360"/>
        <source>Cannot apply yet: </source>
        <translation>暂时无法应用：</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="364"/>
        <source>Everything here is as stored in the event.</source>
        <translation>此处所有设置均与活动中保存的一致。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="366"/>
        <source>Changes not applied yet.</source>
        <translation>有尚未应用的更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="368"/>
        <source>The tables need a look (see Tables).</source>
        <translation>洽谈桌设置需要检查（见“洽谈桌”）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="374"/>
        <source>Applying removes {n} of the %n meetings of the timetable.</source>
        <translation>
            <numerusform>应用后将从日程表的 %n 场洽谈中移除 {n} 场。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="395"/>
        <source>The new settings remove {n} of the %n meetings of the timetable.</source>
        <translation>
            <numerusform>新设置将从日程表的 %n 场洽谈中移除 {n} 场。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="406"/>
        <source>Apply and remove %n meetings</source>
        <translation>
            <numerusform>应用并移除 %n 场洽谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/setup/page.py" line="454"/>
        <source>Applied; %n meetings were removed. The event as it was is kept in “{folder}”, and Undo brings them back.</source>
        <translation>
            <numerusform>已应用；移除了 %n 场洽谈。活动原先的状态保存在“{folder}”中，可通过撤销恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="393"/>
        <source>Remove meetings?</source>
        <translation>要移除洽谈吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="401"/>
        <source>Their times or tables no longer exist. A copy of the event as it is now is kept in its backups folder, and Undo brings them back. Plan again to fill the new slots.</source>
        <translation>这些洽谈的时间或洽谈桌已不存在。活动当前状态的副本会保存在其备份文件夹中，并可通过撤销恢复。重新排程即可填满新的时段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="409"/>
        <source>Keep the meetings</source>
        <translation>保留洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="447"/>
        <source>Change the event setup</source>
        <translation>更改活动设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/page.py" line="450"/>
        <source>Applied; Undo takes the change back.</source>
        <translation>已应用；可通过撤销恢复更改。</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="120"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="121"/>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="122"/>
        <source>Header in row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="123"/>
        <source>Rows below it</source>
        <translation>表头下方行数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="124"/>
        <source>Columns recognised</source>
        <translation>已识别的列</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="125"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="151"/>
        <source>What MeetGrid reads this sheet as; choose another where the sheet allows it</source>
        <translation>MeetGrid 将此工作表读取为何种内容；如工作表允许，可选择其他类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="172"/>
        <source>as you chose</source>
        <translation>按您的选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="174"/>
        <source>recognised by its columns</source>
        <translation>根据列识别</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="41"/>
        <source>MeetGrid reads a sheet of organisations, of participants (a form export is one of these: one row a person, wishes in one cell), of requests and of interpreters. Sheets named Instructions or Notes are left for the reader.</source>
        <translation>MeetGrid 可读取以下工作表：机构表、参会人表（报名表单导出文件也属此类：每人一行，洽谈意向写在同一单元格中）、洽谈请求表和翻译表。名为 Instructions 或 Notes 的工作表仅供阅读，不会读取。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/start_page.py" line="53"/>
        <source>&lt;h1&gt;MeetGrid&lt;/h1&gt;&lt;p&gt;Plan a B2B matchmaking day in three steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import&lt;/b&gt; the registrations (an Excel or CSV file) into a new event.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Plan&lt;/b&gt; the timetable: who meets whom, when and at which table.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt; an agenda for every organisation.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h1&gt;MeetGrid&lt;/h1&gt;&lt;p&gt;三步安排一场 B2B 洽谈日：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;导入&lt;/b&gt;报名信息（Excel 或 CSV 文件），创建新活动。&lt;/li&gt;&lt;li&gt;&lt;b&gt;排程&lt;/b&gt;日程表：谁与谁洽谈、何时洽谈、在哪张洽谈桌。&lt;/li&gt;&lt;li&gt;&lt;b&gt;打印&lt;/b&gt;每个机构的日程。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="66"/>
        <source>&amp;New event from registrations…</source>
        <translation>根据报名信息新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="67"/>
        <source>&amp;Open an event…</source>
        <translation>打开活动(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="68"/>
        <source>&amp;Try the sample delegation day</source>
        <translation>试用代表团洽谈日示例(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="78"/>
        <source>Recent events</source>
        <translation>最近的活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="82"/>
        <source>&lt;b&gt;Recent events&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;最近的活动&lt;/b&gt;（双击打开）</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_page.py" line="109"/>
        <source>No events yet: start with your registrations or the sample.</source>
        <translation>尚无活动：请从报名信息或示例开始。</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="133"/>
        <location filename="../../app/ui/statistics_page.py" line="137"/>
        <source>Organisations without a meeting</source>
        <translation>没有洽谈的机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="141"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="142"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="145"/>
        <location filename="../../app/ui/statistics_page.py" line="151"/>
        <source>By group</source>
        <translation>按组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="146"/>
        <location filename="../../app/ui/statistics_page.py" line="152"/>
        <source>By country</source>
        <translation>按国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="212"/>
        <source>No event open</source>
        <translation>未打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="214"/>
        <source>Open an event or import registrations, then plan the timetable: this page will show how many meetings each organisation gets and which requests are met.</source>
        <translation>请打开活动或导入报名信息，然后排程：此页将显示每个机构获得多少场洽谈，以及哪些洽谈请求已满足。</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="222"/>
        <source>No timetable yet</source>
        <translation>尚无日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="224"/>
        <source>Plan the timetable of {event} to see how many meetings each organisation gets, which requests are met, and the idle gaps and table changes of the day.</source>
        <translation>为 {event} 排程后，可查看每个机构获得的洽谈数、已满足的洽谈请求，以及当天的空档和换桌情况。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/statistics_page.py" line="260"/>
        <source>requests met, of %n meetings in all</source>
        <translation>
            <numerusform>已满足的洽谈请求（共 %n 场洽谈）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="262"/>
        <source>mutual requests met</source>
        <translation>已满足的双向洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="266"/>
        <source>organisations without a meeting, of {n}</source>
        <translation>没有洽谈的机构（共 {n} 个机构）</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="272"/>
        <source>idle gaps, at most {n} for one organisation</source>
        <translation>空档（单个机构最多 {n} 个）</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="274"/>
        <source>idle gaps</source>
        <translation>空档</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="276"/>
        <source>table changes</source>
        <translation>换桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="281"/>
        <source>Organisations by number of meetings</source>
        <translation>机构洽谈数分布</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="282"/>
        <source>meetings held</source>
        <translation>洽谈场数</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics_page.py" line="283"/>
        <source>organisations</source>
        <translation>机构数</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../app/ui/models/requests.py" line="545"/>
        <source>Would ask</source>
        <translation>提出方</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="546"/>
        <source>To meet</source>
        <translation>洽谈对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="547"/>
        <source>Shared interests</source>
        <translation>共同关注领域</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="548"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/requests.py" line="622"/>
        <source>Interests: </source>
        <translation>关注领域：</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="39"/>
        <source>Pairs that share interests but have not asked to meet, and that the planner would let meet. Tick those worth a meeting and accept them: each becomes a request of normal priority from the organisation that has asked for fewer meetings.</source>
        <translation>以下配对关注领域相同、尚未提出洽谈请求，且排程规则允许其洽谈。勾选值得安排洽谈的配对并接受：每个配对都会成为一个普通优先级的洽谈请求，由提出洽谈较少的一方机构发起。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="46"/>
        <source>Suggestions per organisation</source>
        <translation>每个机构的建议数</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="48"/>
        <source>So that nobody is offered too many new meetings at once</source>
        <translation>以免一次向某个机构推荐过多新洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="51"/>
        <source>At most</source>
        <translation>每个机构最多</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="53"/>
        <source>suggestions per organisation</source>
        <translation>条推荐</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="59"/>
        <source>Suggested requests</source>
        <translation>建议的洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="73"/>
        <source>&amp;Select all</source>
        <translation>全选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="75"/>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="77"/>
        <source>&amp;Accept selected</source>
        <translation>接受所选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="111"/>
        <source>Looking for pairs with shared interests…</source>
        <translation>正在查找关注领域相同的配对…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/suggestions.py" line="124"/>
        <source>%n pairs to suggest</source>
        <translation>
            <numerusform>可推荐 %n 对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/requests/suggestions.py" line="161"/>
        <source>Add %n suggested requests</source>
        <translation>
            <numerusform>添加 %n 个推荐的洽谈请求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="129"/>
        <source>No organisation has given its interests, so there is nothing to compare. Add interests on the Organisations page (or in the registration workbook) to get suggestions.</source>
        <translation>没有机构填写关注领域，因此无从比较。请在“机构”页（或报名工作簿中）添加关注领域，以获取推荐。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="134"/>
        <source>No new pairs to suggest: every pair that shares an interest has already asked to meet, meets already, or may not meet under the event&apos;s rules.</source>
        <translation>没有可推荐的新配对：关注领域相同的每对机构都已提出洽谈请求、已安排洽谈，或按活动规则不能洽谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="145"/>
        <source>Could not look for pairs: </source>
        <translation>无法查找配对：</translation>
    </message>
    <message>
        <location filename="../../app/ui/requests/suggestions.py" line="159"/>
        <source>Add a suggested request</source>
        <translation>添加推荐的洽谈请求</translation>
    </message>
</context>
<context>
    <name>TableDayModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="540"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <location filename="../../app/ui/models/setup.py" line="287"/>
        <source>Table</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/setup.py" line="287"/>
        <source>Seats</source>
        <translation>座位数</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="31"/>
        <source>&amp;Identical tables:</source>
        <translation>相同的洽谈桌：(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="32"/>
        <source>&amp;Tables with a name and seats of their own</source>
        <translation>各自命名并设定座位数的洽谈桌(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="38"/>
        <source> tables</source>
        <translation> 张桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="39"/>
        <source> seats each</source>
        <translation> 座/桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="40"/>
        <source>Number of tables</source>
        <translation>洽谈桌数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="41"/>
        <source>Seats at each table</source>
        <translation>每桌座位数</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="50"/>
        <source>Tables</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="55"/>
        <source>&amp;Add a table</source>
        <translation>添加洽谈桌(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="57"/>
        <source>&amp;Remove the table</source>
        <translation>移除洽谈桌(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="65"/>
        <source>Fixed host tables</source>
        <translation>固定洽谈桌的组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="88"/>
        <source>With fixed host tables, every organisation of that group keeps a table of its own all day and the others come to it. Without, tables are shared and people change tables as little as possible.</source>
        <translation>设置固定洽谈桌后，该组别的每个机构全天使用自己的洽谈桌，其他机构前来洽谈。不设置时，洽谈桌共用，并尽量减少人员换桌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/tables.py" line="103"/>
        <location filename="../../app/ui/setup/tables.py" line="111"/>
        <location filename="../../app/ui/setup/tables.py" line="114"/>
        <source>Table {n}</source>
        <translation>{n} 号桌</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../app/ui/time_grid.py" line="85"/>
        <source>At least {low} meetings per organisation cannot be more than at most {high}; lower one of them.</source>
        <translation>每个机构的最少洽谈数 {low} 不能多于最多洽谈数 {high}；请调低其中一个。</translation>
    </message>
    <message>
        <location filename="../../app/ui/time_grid.py" line="97"/>
        <source>The break &apos;{label}&apos; {start}–{end} on {day} lies outside the day ({first}–{last}); move it into the day or remove it.</source>
        <translation>{day} 的休息“{label}”（{start}–{end}）不在当天时间范围（{first}–{last}）内；请将其移入当天范围或删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/time_grid.py" line="110"/>
        <source>No meeting fits on {day} between the first meeting and the end of the last outside the breaks; widen the day or shorten the meetings.</source>
        <translation>{day} 从第一场洽谈开始到最后一场结束，除去休息时间，容不下任何洽谈；请延长当天时间或缩短洽谈时长。</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="275"/>
        <source>Interpreter: {name}</source>
        <translation>翻译：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="279"/>
        <source>Needs {languages} interpreting: no shared language, no interpreter named</source>
        <translation>需要{languages}翻译：无共同语言，且未指定翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="283"/>
        <source>Both asked for this meeting</source>
        <translation>双方都提出了此洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="285"/>
        <source>Locked: keeps its time and table when the timetable is planned again</source>
        <translation>已锁定：重新排程时保留其时间和洽谈桌</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="127"/>
        <source>Cannot move it here: </source>
        <translation>无法移到此处：</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="161"/>
        <source>Day of the chosen organisation</source>
        <translation>所选机构的当天日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="162"/>
        <source>Day of the chosen table</source>
        <translation>所选洽谈桌的当天日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="163"/>
        <source>Day of the chosen interpreter</source>
        <translation>所选翻译的当天日程</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="176"/>
        <source>All tables</source>
        <translation>所有洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="178"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="179"/>
        <source>Per organisation</source>
        <translation>按机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="182"/>
        <source>Table</source>
        <translation>洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="182"/>
        <source>Per table</source>
        <translation>按洽谈桌</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="185"/>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="186"/>
        <source>Per interpreter</source>
        <translation>按翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="191"/>
        <source>Lock the selected meetings, or unlock them when all are locked already (Ctrl+L). A locked meeting keeps its time and table when the timetable is planned again.</source>
        <translation>锁定所选洽谈；如果所选洽谈均已锁定，则解除锁定（Ctrl+L）。锁定的洽谈在重新排程时保留其时间和洽谈桌。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="203"/>
        <location filename="../../app/ui/timetable/page.py" line="220"/>
        <source>Unmet requests</source>
        <translation>未满足的洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="205"/>
        <source>Show unmet requests for</source>
        <translation>按原因显示未满足的洽谈请求</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="114"/>
        <source>Plan &amp;the timetable</source>
        <translation>排程(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="188"/>
        <source>&amp;Lock or unlock</source>
        <translation>锁定/解锁(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="210"/>
        <source>Pl&amp;an again around locked meetings</source>
        <translation>保留锁定的洽谈并重新排程(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="213"/>
        <source>Plan the whole timetable again: locked meetings keep their time and table, the others may move. The timetable as it is now is kept in a backup copy.</source>
        <translation>重新排程整个日程表：锁定的洽谈保留其时间和洽谈桌，其他洽谈可能移动。当前日程表会保存为备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="226"/>
        <source>Requests the timetable could not meet, with the reason</source>
        <translation>日程表未能满足的洽谈请求及原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="318"/>
        <source>Timetable of all tables</source>
        <translation>所有洽谈桌的日程表</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="341"/>
        <source>This event has no interpreters</source>
        <translation>此活动没有翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="350"/>
        <source>Looking for the reasons…</source>
        <translation>正在查找原因…</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="426"/>
        <source>No event open</source>
        <translation>未打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="427"/>
        <source>Open an event or import registrations, then plan the timetable.</source>
        <translation>请打开活动或导入报名信息，然后排程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="429"/>
        <source>Plan the timetable first</source>
        <translation>请先排程</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="433"/>
        <source>The last planning of {event} found no timetable that keeps every locked meeting and minimum together. Change them and plan again.</source>
        <translation>{event} 上次排程未找到能同时满足所有锁定洽谈和最低洽谈数的日程表。请修改后重新排程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="437"/>
        <source>No meetings planned</source>
        <translation>未安排任何洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="439"/>
        <source>The last planning of {event} placed no meeting. The warnings above say why and what to change; then plan again.</source>
        <translation>{event} 上次排程未安排任何洽谈。上方的警告说明了原因及需要修改之处；修改后请重新排程。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="444"/>
        <source>{event} has no timetable yet. Plan it, and its meetings appear here, table by table and slot by slot, to move by hand.</source>
        <translation>{event} 尚无日程表。排程后，洽谈会按洽谈桌和时段显示在此处，可手动调整。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="464"/>
        <source>Each meeting has the colour of its first organisation:</source>
        <translation>每场洽谈以其第一个机构的颜色显示：</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="467"/>
        <source>Each meeting has the colour of its first organisation; colours repeat, to tell neighbouring meetings apart.</source>
        <translation>每场洽谈以其第一个机构的颜色显示；颜色会重复使用，以区分相邻的洽谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="472"/>
        <source>Locked: keeps its time and table when the timetable is planned again (select meetings, then Ctrl+L to lock or unlock). Drag a meeting to another cell to move it, or onto another meeting to swap the two; a moved meeting is locked, and moves again once unlocked.</source>
        <translation>已锁定：重新排程时保留其时间和洽谈桌（选择洽谈后按 Ctrl+L 锁定或解锁）。将洽谈拖到另一个单元格可移动它，拖到另一场洽谈上可交换两者；移动过的洽谈会被锁定，解锁后才会再次移动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="477"/>
        <source>A thick line starts a new day.</source>
        <translation>粗线表示新的一天开始。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="480"/>
        <source>An amber frame: the meeting needs interpreting (its sides share no language and no interpreter is named); the summary says how many interpreters to book.</source>
        <translation>琥珀色边框：该洽谈需要翻译（双方没有共同语言，且未指定翻译）；摘要会说明需要预约多少名翻译。</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="495"/>
        <source>no event is open</source>
        <translation>未打开活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="508"/>
        <source>Move a meeting</source>
        <translation>移动洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="536"/>
        <source>Select meetings in the timetable first</source>
        <translation>请先在日程表中选择洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="540"/>
        <source>Lock meetings</source>
        <translation>锁定洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/timetable/page.py" line="540"/>
        <source>Unlock meetings</source>
        <translation>解锁洽谈</translation>
    </message>
</context>
<context>
    <name>UnmetModel</name>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="304"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="305"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/timetable.py" line="306"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="45"/>
        <source>Register a walk-in</source>
        <translation>登记现场报名</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="48"/>
        <source>The organisation&apos;s name (a registered one adds people to it)</source>
        <translation>机构名称（如为已登记机构，则向其添加人员）</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="56"/>
        <source>One person a line</source>
        <translation>每行一人</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="59"/>
        <source>Filter the organisations present</source>
        <translation>筛选在场机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="76"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="80"/>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="81"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="82"/>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="83"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/checkin/walk_in.py" line="84"/>
        <source>Wishes to meet</source>
        <translation>意向洽谈对象</translation>
    </message>
</context>
<context>
    <name>WhoTab</name>
    <message>
        <location filename="../../app/ui/setup/who.py" line="38"/>
        <source>For example the delegation meets the hosts, not itself</source>
        <translation>例如代表团与东道方洽谈，代表团内部不互相洽谈</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="43"/>
        <location filename="../../app/ui/setup/who.py" line="66"/>
        <source>Pairs kept apart</source>
        <translation>互不洽谈的配对</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="47"/>
        <source>First organisation</source>
        <translation>第一个机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="48"/>
        <source>Second organisation</source>
        <translation>第二个机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="37"/>
        <source>&amp;Only meetings between organisations of different groups</source>
        <translation>仅在不同组别的机构之间安排洽谈(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="49"/>
        <source>&amp;Keep apart</source>
        <translation>设为互不洽谈(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="52"/>
        <source>&amp;Let them meet again</source>
        <translation>允许再次洽谈(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="58"/>
        <source>and</source>
        <translation>与</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="68"/>
        <source>These organisations never meet each other (competitors, a known dispute).</source>
        <translation>这些机构之间永不安排洽谈（如竞争对手、存在已知纠纷）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="109"/>
        <source>No organisation is called “{name}”; type part of a name and choose from the list.</source>
        <translation>没有名为“{name}”的机构；请输入名称的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="112"/>
        <source>Choose two organisations: type part of a name and pick it from the list.</source>
        <translation>请选择两个机构：输入名称的一部分，然后从列表中选取。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="116"/>
        <source>Choose two different organisations.</source>
        <translation>请选择两个不同的机构。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="121"/>
        <source>{pair} are kept apart already.</source>
        <translation>{pair} 已设为互不洽谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="127"/>
        <source>{pair} will never meet once you apply.</source>
        <translation>应用后，{pair} 将不再安排洽谈。</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup/who.py" line="133"/>
        <source>They meet at {time} in the current timetable; plan again to take that meeting out.</source>
        <translation>在当前日程表中，双方在 {time} 有洽谈；请重新排程以取消该洽谈。</translation>
    </message>
</context>
<context>
    <name>_Busy</name>
    <message>
        <location filename="../../app/ui/import_wizard/common.py" line="151"/>
        <source>Reading the workbook…</source>
        <translation>正在读取工作簿…</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../app/ui/models/import_.py" line="59"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="64"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="65"/>
        <source>Participants (one row a person)</source>
        <translation>参会人（每人一行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="66"/>
        <source>Requests (one row a wish)</source>
        <translation>洽谈请求（每个意向一行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="67"/>
        <source>Interpreters</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="68"/>
        <location filename="../../app/ui/models/import_.py" line="75"/>
        <source>Not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="81"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="82"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/import_.py" line="83"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="35"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/changes.py" line="37"/>
        <source>What the changed workbook changes in the event. Your own edits and the meetings of those who stay are kept; Apply stores the changes, and Undo takes them back.</source>
        <translation>修改后的工作簿将对活动做出的变更。您自己的编辑以及留下的人员的洽谈都会保留；“应用”会保存这些变更，“撤销”可将其撤回。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="46"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/check.py" line="48"/>
        <source>Everything the import found, fixed or left out, with its place in the workbook. Errors must be corrected before the registrations can be used; double-click one to see its row.</source>
        <translation>导入时发现、修正或略过的所有内容，以及其在工作簿中的位置。必须先更正错误，才能使用这些报名信息；双击某项可查看其所在行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="32"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/columns.py" line="34"/>
        <source>The first rows of each sheet under its header. The first line says what MeetGrid reads from each column: change it where it guessed wrong or missed a column.</source>
        <translation>各工作表表头下方的前几行。第一行显示 MeetGrid 从各列读取的内容：如有猜错或遗漏的列，请在此更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="41"/>
        <source>The new event</source>
        <translation>新活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/details.py" line="42"/>
        <source>Its name, day, time grid and tables (all can be changed later), and where to save it.</source>
        <translation>活动名称、日期、时间安排和洽谈桌（以后均可更改），以及保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="33"/>
        <source>Choose the workbook</source>
        <translation>选择工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="35"/>
        <source>Choose the changed registrations. They are read the way the last import was read: your column choices and the names you confirmed are kept.</source>
        <translation>请选择修改后的报名信息。将按上次导入的方式读取：保留您的列选择和已确认的名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/file.py" line="40"/>
        <source>An Excel workbook (.xlsx, .xlsm) or a CSV file: the MeetGrid template, or a registration form&apos;s export with one row a person. Nothing is stored until the last step.</source>
        <translation>Excel 工作簿（.xlsx、.xlsm）或 CSV 文件：MeetGrid 模板，或报名表单导出的每人一行的文件。在最后一步之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/names.py" line="27"/>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/names.py" line="29"/>
        <source>These names in wish lists are not written as any organisation registered itself. Tick the ones read correctly, untick those to leave out, or choose the organisation meant.</source>
        <translation>洽谈意向列表中的这些名称与任何机构自行登记的名称都不一致。请勾选读取正确的名称，取消勾选要略过的名称，或选择其所指的机构。</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="26"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_wizard/sheets.py" line="28"/>
        <source>Which sheet is read as what. Where a sheet could be read another way, or should not be read at all, choose it under Read as.</source>
        <translation>各工作表被读取为何种内容。如某工作表可以按其他方式读取，或不应读取，请在“读取为”中选择。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="75"/>
        <source>e.g. 王海涛, if written in another script</source>
        <translation>例如：王海涛（如以其他文字书写）</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="76"/>
        <source>Printed beside the name on badges and agendas</source>
        <translation>在胸牌和日程上打印在姓名旁</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="77"/>
        <source>e.g. Head of sales</source>
        <translation>例如：销售总监</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="78"/>
        <source>e.g. English, Norwegian</source>
        <translation>例如：英语、挪威语</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="79"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="80"/>
        <source>Name in own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="81"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="82"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../app/ui/organisations_page.py" line="83"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
</context>
</TS>
