<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallForm</name>
    <message>
        <location filename="../../app/gui/call_form.py" line="62"/>
        <source>Call for submissions</source>
        <translation>征集活动</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="36"/>
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="37"/>
        <source>Urumqi time</source>
        <translation>乌鲁木齐时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="38"/>
        <source>Hong Kong time</source>
        <translation>香港时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="39"/>
        <source>Macao time</source>
        <translation>澳门时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="66"/>
        <source>may stay empty: one is made from the year</source>
        <translation>可留空，程序会自动生成</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="71"/>
        <source>as the forms&apos; titles name it; empty: the title</source>
        <translation>用于各类单据标题；留空则用征集标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="88"/>
        <source>one direction per line; none: any</source>
        <translation>每行一个申报方向；不填则不限方向</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="94"/>
        <source>an editable version</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="95"/>
        <source>a stamped scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="96"/>
        <source>a row in the summary table (附件2)</source>
        <translation>在汇总表（附件2）中列有一行</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="108"/>
        <source>one per line: name：words in its file name, e.g. 营业执照复印件：营业执照，执照</source>
        <translation>每行一项：材料名称：文件名中可识别的词，如 营业执照复印件：营业执照，执照</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="113"/>
        <source>the call&apos;s own column names, e.g. 申报单位：填报单位</source>
        <translation>本次征集汇总表的列名，如 申报单位：填报单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="121"/>
        <source>YYYY stands for the year, each # for a digit of the running number: SJBZ-YYYY-#### gives SJBZ-2026-0001.</source>
        <translation>YYYY 代表年份，每个 # 代表流水号的一位数字：SJBZ-YYYY-#### 生成 SJBZ-2026-0001。</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="128"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="128"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="131"/>
        <source>as usual</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="131"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="132"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="133"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="149"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="149"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="150"/>
        <source>What is submitted</source>
        <translation>征集对象</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="151"/>
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="152"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="153"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="154"/>
        <source>Cases per unit at most</source>
        <translation>每单位最多推荐案例数</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="155"/>
        <source>Paper copies per case</source>
        <translation>每个案例纸质版份数</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="156"/>
        <source>Directions</source>
        <translation>申报方向</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="157"/>
        <source>E-mail subject</source>
        <translation>邮件主题</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="158"/>
        <source>The call</source>
        <translation>征集信息</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="159"/>
        <source>Each case needs</source>
        <translation>每个案例须有</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="160"/>
        <source>Proofs each case needs</source>
        <translation>每个案例须附证明材料</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="161"/>
        <source>Summary table: required fields</source>
        <translation>汇总表必填项</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="163"/>
        <source>Summary table: column names</source>
        <translation>汇总表列名</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="164"/>
        <source>Materials</source>
        <translation>申报材料</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="165"/>
        <source>Receipt numbers</source>
        <translation>收件编号格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="166"/>
        <source>Disc numbers</source>
        <translation>载体编号格式</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="167"/>
        <source>The first ones</source>
        <translation>首个编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="168"/>
        <source>Numbers</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="169"/>
        <source>Severities</source>
        <translation>问题级别</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="189"/>
        <source>receipt {receipt}, disc {disc}</source>
        <translation>收件 {receipt}，光盘 {disc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/call_form.py" line="195"/>
        <source>These cannot number anything: write # for each digit of the number (and YYYY for the year), e.g. SJBZ-YYYY-####.</source>
        <translation>无法按此编号：流水号的每一位写一个 #（年份写 YYYY），例如 SJBZ-YYYY-####。</translation>
    </message>
</context>
<context>
    <name>CallsDialog</name>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="52"/>
        <source>Calls for submissions</source>
        <translation>征集活动</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="53"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="53"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="53"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="54"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="54"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="55"/>
        <source>Deliveries received</source>
        <translation>收件次数</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="57"/>
        <source>New from the chosen…</source>
        <translation>以所选复制新建…</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="58"/>
        <source>A new call with the chosen call&apos;s rules, to change where the new call differs.</source>
        <translation>按所选征集的规则新建一项征集，再修改不同之处。</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="59"/>
        <source>New from a template…</source>
        <translation>从模板新建…</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="60"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="61"/>
        <source>Make current</source>
        <translation>设为当前征集</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="62"/>
        <source>The call every desk works on from now on.</source>
        <translation>此后各收件台均在此征集下工作。</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="63"/>
        <location filename="../../app/gui/calls_dialog.py" line="95"/>
        <source>Close the call…</source>
        <translation>结束征集…</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="65"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="66"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="81"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="82"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="82"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="94"/>
        <source>Reopen the call…</source>
        <translation>重新开启征集…</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="110"/>
        <source>New call</source>
        <translation>新建征集</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="111"/>
        <source>The template to start from:</source>
        <translation>选择模板：</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="148"/>
        <source>Call for submissions</source>
        <translation>征集活动</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="166"/>
        <source>Reopen the call</source>
        <translation>重新开启征集</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="167"/>
        <source>Why is {title} reopened? The reason is kept in the register.</source>
        <translation>为什么重新开启“{title}”？原因将记入登记库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="173"/>
        <source>Close the call</source>
        <translation>结束征集</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="175"/>
        <source>Close {title}? It is kept for the record and can be looked at, but nothing more can be received or recorded in it.</source>
        <translation>结束“{title}”？结束后记录保留可查，但不能再收件或登记。</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="184"/>
        <source>Export the call</source>
        <translation>导出征集</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="186"/>
        <location filename="../../app/gui/calls_dialog.py" line="193"/>
        <source>Calls (*.json)</source>
        <translation>征集定义 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/calls_dialog.py" line="192"/>
        <source>Import a call</source>
        <translation>导入征集</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../app/gui/models/cases.py" line="24"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="24"/>
        <source>Order</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="24"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="24"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="25"/>
        <source>Direction</source>
        <translation>申报方向</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="25"/>
        <source>Editable</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="25"/>
        <source>Scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="25"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="26"/>
        <source>Paper</source>
        <translation>纸质版</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="26"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/cases.py" line="28"/>
        <source>Problems</source>
        <translation>发现的问题</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="47"/>
        <source>any verdict</source>
        <translation>全部结论</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="51"/>
        <source>anything</source>
        <translation>全部案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="51"/>
        <source>missing stamped scan</source>
        <translation>缺盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="52"/>
        <source>missing editable version</source>
        <translation>缺可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="53"/>
        <source>no seal found</source>
        <translation>未检出印章</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="54"/>
        <source>paper copies short</source>
        <translation>纸质版份数不足</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="57"/>
        <source>search case, applicant, unit</source>
        <translation>搜索案例名称、申报单位、推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="65"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="65"/>
        <source>Direction</source>
        <translation>申报方向</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="66"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="66"/>
        <source>Showing</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="71"/>
        <source>copy the cases&apos; files beside the workbook</source>
        <translation>同时将案例文件复制到工作簿旁</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="73"/>
        <source>Export the master workbook…</source>
        <translation>导出案例汇总工作簿…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="102"/>
        <source>all units</source>
        <translation>全部推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="103"/>
        <source>all directions</source>
        <translation>全部申报方向</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="109"/>
        <source>{shown} of {total} cases</source>
        <translation>显示 {shown} 个，共 {total} 个案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="114"/>
        <source>Export the master workbook</source>
        <translation>导出案例汇总工作簿</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="115"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="126"/>
        <source>Saved {path}: {units} units, {cases} cases, {files} files.</source>
        <translation>已保存 {path}：{units} 个单位，{cases} 个案例，{files} 个文件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="131"/>
        <source>Not copied (not readable in the archive): {files}</source>
        <translation>未能复制（归档中无法读取）：{files}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="132"/>
        <source>Master workbook</source>
        <translation>案例汇总工作簿</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="134"/>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/cases.py" line="141"/>
        <source>Writing the master workbook…</source>
        <translation>正在写入案例汇总工作簿…</translation>
    </message>
</context>
<context>
    <name>CasesTable</name>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="52"/>
        <source>Order</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="52"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="52"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="52"/>
        <source>Editable version</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="53"/>
        <source>Stamped scan</source>
        <translation>盖章版扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="53"/>
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="53"/>
        <source>Problems</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="73"/>
        <source>(not in the summary table)</source>
        <translation>（汇总表中未列出）</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="74"/>
        <location filename="../../app/gui/disc_lists.py" line="102"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="76"/>
        <source>not checked: not unpacked</source>
        <translation>无法判断：未能解压</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="79"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="104"/>
        <source>packed</source>
        <translation>在压缩包内，未解压</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="106"/>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="106"/>
        <source>✓ {pages} pages</source>
        <translation>✓ 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="125"/>
        <source>{name}, page {page}</source>
        <translation>{name}（第{page}页）</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="127"/>
        <source>electronic seal, page {pages}</source>
        <translation>电子签章，第{pages}页</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="130"/>
        <source>page {pages}</source>
        <translation>第 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="132"/>
        <source>not sure, page {pages}: look</source>
        <translation>待确认，第{pages}页：请查看</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="134"/>
        <source>not found</source>
        <translation>未检出</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="18"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="18"/>
        <source>Received</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="18"/>
        <source>Method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="18"/>
        <source>Receipt number</source>
        <translation>收件编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="19"/>
        <source>Deliverer</source>
        <translation>送件人</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="19"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="19"/>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="20"/>
        <source>Discs</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="20"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="22"/>
        <source>Unit&apos;s verdict</source>
        <translation>单位结论</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="27"/>
        <source>(late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/deliveries.py" line="29"/>
        <source>voided: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="61"/>
        <source>the recommending unit</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="75"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="96"/>
        <source>type it or scan the barcode</source>
        <translation>手工输入或扫描条码</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="101"/>
        <source> copies per case</source>
        <translation> 份/案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="102"/>
        <source>all copies stamped</source>
        <translation>均已盖章</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="108"/>
        <source>stamped paper summary table (附件2) received</source>
        <translation>已收到盖章的纸质汇总表（附件2）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="112"/>
        <source>&amp;Unit</source>
        <translation>推荐单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="113"/>
        <source>&amp;Received at</source>
        <translation>送达时间(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="115"/>
        <source>&amp;Deliverer</source>
        <translation>送件人(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="116"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="117"/>
        <source>&amp;Method</source>
        <translation>送达方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="118"/>
        <source>&amp;Tracking number</source>
        <translation>快递单号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="119"/>
        <source>Paper &amp;copies</source>
        <translation>纸质版份数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="121"/>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="125"/>
        <source>&amp;Register the delivery</source>
        <translation>登记收件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="132"/>
        <source>Print the receipt…</source>
        <translation>打印收件回执…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="136"/>
        <source>Read its disc…</source>
        <translation>核验其光盘…</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_questions.py" line="48"/>
        <location filename="../../app/gui/delivery_questions.py" line="65"/>
        <location filename="../../app/gui/pages/deliveries.py" line="145"/>
        <location filename="../../app/gui/pages/deliveries.py" line="243"/>
        <location filename="../../app/gui/pages/deliveries.py" line="273"/>
        <source>New delivery</source>
        <translation>新收件登记</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="153"/>
        <source>search by unit, receipt, deliverer or tracking number</source>
        <translation>按推荐单位、收件编号、送件人或快递单号搜索</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="164"/>
        <source>Deliveries (double-click to see the disc)</source>
        <translation>收件记录（双击查看光盘）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="168"/>
        <source>Void the chosen delivery…</source>
        <translation>作废所选收件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="170"/>
        <source>A delivery logged by mistake: its number stays used and shows as voided.</source>
        <translation>误登记的收件：其编号保留占用，并显示为已作废。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="172"/>
        <source>Correct the chosen delivery…</source>
        <translation>更正所选收件记录…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="174"/>
        <source>A time, a paper count or a name typed wrong: the receipt number stays.</source>
        <translation>时间、纸质份数或姓名录入有误时更正；收件编号不变。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="221"/>
        <source>This PC&apos;s clock is set to UTC{offset:+g}, not the call&apos;s zone: times here are entered and shown in {zone}.</source>
        <translation>本机时钟设为UTC{offset:+g}，与本次征集的时区不同：此处的时间按{zone}录入和显示。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="242"/>
        <source>New delivery — the call is closed: nothing more is received in it</source>
        <translation>新收件——本次征集已关闭，不再收件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="274"/>
        <source>Type or choose the unit that delivers.</source>
        <translation>请输入或选择送件的推荐单位。</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_questions.py" line="33"/>
        <source>“{name}” is not among the units of this call yet.</source>
        <translation>“{name}”还不在本次征集的单位名单中。</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_questions.py" line="36"/>
        <source>Did you mean “{other}”?</source>
        <translation>是否指“{other}”？</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_questions.py" line="38"/>
        <source>Add “{name}” as a new unit?</source>
        <translation>将“{name}”作为新单位添加吗？</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_questions.py" line="39"/>
        <source>New unit</source>
        <translation>新单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_questions.py" line="51"/>
        <source>The time of arrival, {when}, is later than now. Register it with this time all the same?</source>
        <translation>送达时间 {when} 晚于当前时间。仍按此时间登记吗？</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_questions.py" line="68"/>
        <source>{unit} was registered a moment ago (receipt {receipt}). Register another delivery of it?</source>
        <translation>{unit}刚刚已登记（收件编号 {receipt}）。确定再登记一次收件吗？</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="300"/>
        <source> — after the deadline</source>
        <translation>——已超过截止时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="301"/>
        <source>Registered: receipt {number} for {unit}{late}.</source>
        <translation>已登记：{unit}，收件编号 {number}{late}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="310"/>
        <location filename="../../app/gui/pages/deliveries.py" line="314"/>
        <source>Void a delivery</source>
        <translation>作废收件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="327"/>
        <source>Choose the delivery in the list first.</source>
        <translation>请先在列表中选择该收件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="334"/>
        <source>Correct a delivery</source>
        <translation>更正收件记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="340"/>
        <source>Delivery {receipt} is voided: it counts for nothing and is not corrected.</source>
        <translation>收件记录 {receipt} 已作废，不再计入，也不能更正。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/deliveries.py" line="316"/>
        <source>Why is delivery {receipt} of {unit} void? Its number stays used; the reason is kept in the register.</source>
        <translation>为何作废{unit}的收件 {receipt}？其编号保留占用；原因将保存在登记库中。</translation>
    </message>
</context>
<context>
    <name>DeliveryEditor</name>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="32"/>
        <source>Correct delivery {receipt}</source>
        <translation>更正收件记录 {receipt}</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="51"/>
        <source> copies per case</source>
        <translation> 份/案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="55"/>
        <source> stamped</source>
        <translation> 份已盖章</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="58"/>
        <source>why it is corrected (kept in the register)</source>
        <translation>更正原因（记入登记库）</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="60"/>
        <source>Unit</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="61"/>
        <source>Received at</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="62"/>
        <source>Deliverer</source>
        <translation>送件人</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="63"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="63"/>
        <source>Method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="64"/>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="65"/>
        <source>Paper copies</source>
        <translation>纸质版份数</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="66"/>
        <source>of which stamped</source>
        <translation>其中已盖章</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="67"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="67"/>
        <source>Reason</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="92"/>
        <source>Say why the delivery is corrected.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <location filename="../../app/gui/delivery_editor.py" line="97"/>
        <source>More copies stamped than received: check the two counts.</source>
        <translation>已盖章份数多于实收份数，请核对这两个数字。</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../app/gui/desk.py" line="164"/>
        <source>Intake Desk</source>
        <translation>收件核验台</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="224"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="225"/>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="241"/>
        <source>{speed} MB/s</source>
        <translation>{speed} MB/秒</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="243"/>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="252"/>
        <source>Reading the disc…</source>
        <translation>正在读取光盘…</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="253"/>
        <source>Copying the disc from the drive…</source>
        <translation>正在从光驱复制光盘…</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="254"/>
        <source>Reading the disc and computing its checksums…</source>
        <translation>正在读取光盘并计算摘要…</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="255"/>
        <source>Checking the stamped scans…</source>
        <translation>正在核验盖章扫描件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="256"/>
        <source>Keeping a copy of the disc in the archive…</source>
        <translation>正在将光盘副本存入归档…</translation>
    </message>
    <message>
        <location filename="../../app/gui/desk.py" line="257"/>
        <source>Burning and checking the demo discs…</source>
        <translation>正在生成并核验演示光盘…</translation>
    </message>
</context>
<context>
    <name>DiscCheckPage</name>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="78"/>
        <source>Choose the unit, then read its disc.</source>
        <translation>请选择推荐单位，然后读取其光盘。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="83"/>
        <source>Print the verification sheet…</source>
        <translation>打印光盘核验单…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="325"/>
        <location filename="../../app/gui/pages/disc_check.py" line="337"/>
        <source>Stamped scan</source>
        <translation>盖章版扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="117"/>
        <source>Problems</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="96"/>
        <source>Look at the scan…</source>
        <translation>查看扫描件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="98"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="101"/>
        <source>Double-click a case to see its stamped scan.</source>
        <translation>双击案例可查看其盖章扫描件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="112"/>
        <source>Move to another case…</source>
        <translation>改归其他案例…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="118"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="193"/>
        <location filename="../../app/gui/pages/disc_check.py" line="196"/>
        <location filename="../../app/gui/pages/disc_check.py" line="234"/>
        <source>Disc check</source>
        <translation>光盘核验</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="162"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="186"/>
        <source>Record it once more anyway?</source>
        <translation>仍要再登记一次吗？</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="190"/>
        <source>Is it {unit}&apos;s disc as it came, unreadable or empty? Then record it so: it gets a disc number and the unit is returned for correction.</source>
        <translation>这确实是{unit}送来的光盘，只是无法读取或为空吗？如是，就按原样登记：光盘取得载体编号，该单位需退回补正。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="220"/>
        <source>Opening disc {disc} from the archive…</source>
        <translation>正在从归档打开光盘 {disc}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="238"/>
        <source>The summary table on disc {disc} names “{other}”, but the disc was recorded for “{unit}”. Ask the deliverer whose disc it is before anything is signed; if it is another unit&apos;s, void this delivery and register the disc with the right unit.</source>
        <translation>光盘 {disc} 中的汇总表写的是“{other}”，但这张光盘登记在“{unit}”名下。签字前请向送件人确认光盘属于哪个单位；如属其他单位，请作废本次收件并在正确的单位下重新登记。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="258"/>
        <source>Move to another case</source>
        <translation>改归其他案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="259"/>
        <source>Which case of the summary table does {name} belong to?</source>
        <translation>{name} 属于汇总表中的哪个案例？</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="277"/>
        <source>Checking the disc again with the file moved…</source>
        <translation>正在按调整后的归属重新核验光盘…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="309"/>
        <source>{cases} cases · {errors} errors · {warnings} warnings</source>
        <translation>{cases} 个案例 · {errors} 项错误 · {warnings} 项警告</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="313"/>
        <source>{count} waived</source>
        <translation>已豁免 {count} 项</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="316"/>
        <source>Checked only: not recorded in the register.</source>
        <translation>仅核验：未登记入库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="326"/>
        <source>This case has no stamped scan on the disc.</source>
        <translation>光盘上没有该案例的盖章扫描件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_check.py" line="338"/>
        <source>{path} cannot be read from the disc.</source>
        <translation>无法从光盘读取 {path}。</translation>
    </message>
</context>
<context>
    <name>DiscSource</name>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="37"/>
        <source>unit (empty: check only)</source>
        <translation>推荐单位（留空则只核验不登记）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="40"/>
        <source>Read the disc in the drive</source>
        <translation>读取光驱中的光盘</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="42"/>
        <source>Open disc image…</source>
        <translation>打开光盘镜像…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="44"/>
        <source>Open disc folder…</source>
        <translation>打开光盘文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="46"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="47"/>
        <source>Drive</source>
        <translation>光驱</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="53"/>
        <source>Drop an image file (.iso) or a folder here. Nothing on a disc is ever opened or run.</source>
        <translation>可将镜像文件（.iso）或文件夹拖放到此处。光盘上的任何文件都不会被打开或运行。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="75"/>
        <location filename="../../app/gui/pages/disc_source.py" line="79"/>
        <source>Disc check</source>
        <translation>光盘核验</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="76"/>
        <source>No optical drive was found. Open the disc&apos;s image or folder instead.</source>
        <translation>未找到光驱。请改为打开光盘镜像或文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="81"/>
        <source>There is no disc in drive {drive}. Put the disc in, wait until the drive light stops blinking, and try again.</source>
        <translation>光驱 {drive} 中没有光盘。请放入光盘，待光驱指示灯停止闪烁后再试。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="87"/>
        <source>Open disc image</source>
        <translation>打开光盘镜像</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="88"/>
        <source>Disc images (*.iso *.img *.udf);;All files (*)</source>
        <translation>光盘镜像 (*.iso *.img *.udf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_source.py" line="93"/>
        <source>Open disc folder</source>
        <translation>打开光盘文件夹</translation>
    </message>
</context>
<context>
    <name>DiscSummary</name>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="201"/>
        <source>Disc</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="207"/>
        <source>Disc number</source>
        <translation>载体编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="207"/>
        <source>Disc label</source>
        <translation>光盘卷标</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="208"/>
        <source>Readable</source>
        <translation>读取情况</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="208"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="209"/>
        <source>File systems</source>
        <translation>文件系统</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="209"/>
        <source>Image SHA-256</source>
        <translation>镜像 SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="219"/>
        <source>readable</source>
        <translation>可读</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="219"/>
        <source>partly readable</source>
        <translation>部分可读</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="220"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="222"/>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
</context>
<context>
    <name>DriveBox</name>
    <message>
        <location filename="../../app/gui/drive_list.py" line="65"/>
        <source>looking for drives…</source>
        <translation>正在查找光驱…</translation>
    </message>
    <message>
        <location filename="../../app/gui/drive_list.py" line="83"/>
        <source>no drive found</source>
        <translation>未找到光驱</translation>
    </message>
    <message>
        <location filename="../../app/gui/drive_list.py" line="94"/>
        <source>{path} (mounted folder)</source>
        <translation>{path}（已挂载的文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/gui/drive_list.py" line="96"/>
        <source>{drive}: no disc</source>
        <translation>{drive}：无光盘</translation>
    </message>
</context>
<context>
    <name>FilesTree</name>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="143"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="143"/>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="143"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="144"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="144"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="148"/>
        <source>editable version</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="148"/>
        <source>stamped scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="149"/>
        <source>proof</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="149"/>
        <source>summary table</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="150"/>
        <source>summary table scan</source>
        <translation>汇总表盖章件</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="150"/>
        <source>archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="151"/>
        <source>program</source>
        <translation>可执行程序</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="151"/>
        <source>autorun</source>
        <translation>自动运行文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="152"/>
        <source>shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="153"/>
        <source>junk</source>
        <translation>临时/系统文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="153"/>
        <source>read-me note</source>
        <translation>说明文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="154"/>
        <source>superseded</source>
        <translation>已被更正替代</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="154"/>
        <source>other document</source>
        <translation>其他文档</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="155"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/gui/disc_lists.py" line="182"/>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/gui/models/findings.py" line="20"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/findings.py" line="20"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/findings.py" line="20"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/findings.py" line="20"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/findings.py" line="21"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/findings.py" line="23"/>
        <source>Settled</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/findings.py" line="24"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/findings.py" line="24"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/findings.py" line="25"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="55"/>
        <source>Intake Desk</source>
        <translation>收件核验台</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="81"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="81"/>
        <source>Deliveries</source>
        <translation>收件登记</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="82"/>
        <source>Disc check</source>
        <translation>光盘核验</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="82"/>
        <source>Case list</source>
        <translation>案例汇总</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="85"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100"/>
        <source>Leave the demo</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="105"/>
        <source>Keep the key in a file…</source>
        <translation>将密钥保存到文件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174"/>
        <source>Import the saved e-mail</source>
        <translation>导入已保存的邮件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175"/>
        <source>Which unit sent {name}?</source>
        <translation>{name} 是哪个单位发来的？</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="196"/>
        <source>DEMO DATA — every unit, delivery and disc here was made by the program as an example. Nothing here is a real record.</source>
        <translation>演示数据——此处所有单位、收件和光盘均由程序生成，仅作示例，不是真实记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="201"/>
        <source>This call is closed: its records are shown for reference, nothing more is received or recorded in it. Choose the current call on the Overview.</source>
        <translation>本次征集已结束：记录仅供查阅，不再收件或登记。请在“总览”中选择当前征集。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="213"/>
        <source>This computer has no keyring to keep the register&apos;s audit key. Keep the key in a file instead: it is then readable by you only; keep backups of the data folder apart from it.</source>
        <translation>本机没有可保存登记库审计密钥的系统密钥环。请改为将密钥保存到文件：该文件仅您本人可读；数据文件夹的备份请与它分开保管。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="218"/>
        <source>This notice goes away by itself once the register answers again.</source>
        <translation>登记库恢复连接后，本提示会自动消失。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="220"/>
        <source>The register cannot be used: {reason}</source>
        <translation>登记库无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="227"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="230"/>
        <source>Ready. Data folder: {folder}</source>
        <translation>就绪。数据文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="237"/>
        <source>Load a demo day (units, deliveries, discs made by the program) into a separate demo register? Your own records are not touched; leave the demo to return to them.</source>
        <translation>要载入一天的演示数据（由程序生成的单位、收件和光盘）到单独的演示登记库吗？您自己的记录不会受影响；退出演示即可返回。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="255"/>
        <source>Making the demo: burning and checking its discs…</source>
        <translation>正在生成演示数据：制作并核验光盘…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128"/>
        <source>Ready. Nothing on a disc is ever opened or run.</source>
        <translation>就绪。本程序不会打开或运行光盘中的任何文件。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="63"/>
        <source>Load the demo…</source>
        <translation>载入演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="66"/>
        <source>A day&apos;s example made by the program: units, deliveries and checked discs, in a register of its own. Your records are not touched.</source>
        <translation>由程序生成的一天示例：单位、收件和已核验的光盘，存放在单独的登记库中，不影响您的记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="70"/>
        <source>The call this window shows and records in</source>
        <translation>本窗口显示和登记所用的征集</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="72"/>
        <source>Calls…</source>
        <translation>征集管理…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="74"/>
        <source>Make, copy, edit, close, export and import calls for submissions</source>
        <translation>新建、复制、编辑、结束、导出和导入征集活动</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="77"/>
        <source>Call:</source>
        <translation>征集：</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="90"/>
        <source>units expected</source>
        <translation>应报单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="91"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="92"/>
        <source>not yet delivered</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="93"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="109"/>
        <source>Units (double-click for the unit&apos;s view)</source>
        <translation>推荐单位（双击查看该单位）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="110"/>
        <source>Units expected…</source>
        <translation>应报单位名单…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="112"/>
        <source>The list of units the call expects: they are shown as waiting until they deliver.</source>
        <translation>本次征集应报送的单位名单：送达前显示为尚未送达。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="118"/>
        <source>Newest deliveries</source>
        <translation>最近收件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="137"/>
        <source>(closed: kept for the record)</source>
        <translation>（已结束，仅供查阅）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="140"/>
        <source>(current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="168"/>
        <source>Units expected</source>
        <translation>应报单位名单</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="169"/>
        <source>One unit per line. A unit taken off the list keeps its records.</source>
        <translation>每行一个单位。从名单中删去的单位，其已有记录仍保留。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="183"/>
        <source>This call has no deadline.</source>
        <translation>本次征集未设截止时间。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="187"/>
        <source>Deadline {when} has passed; deliveries now are late.</source>
        <translation>截止时间 {when} 已过，此后送达均为逾期。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="190"/>
        <source>Deadline {when}: {days} days {hours} hours left.</source>
        <translation>截止时间 {when}：还剩 {days} 天 {hours} 小时。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/overview.py" line="193"/>
        <source>Deadline {when}: {hours} hours {minutes} minutes left.</source>
        <translation>截止时间 {when}：还剩 {hours} 小时 {minutes} 分钟。</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="45"/>
        <source>Disc verification sheet</source>
        <translation>光盘核验单</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="46"/>
        <source>Receipt</source>
        <translation>收件回执</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="46"/>
        <source>Return notice</source>
        <translation>退回补正通知</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="60"/>
        <source>&amp;Make and show</source>
        <translation>生成并预览(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="62"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="65"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="69"/>
        <source>Printout</source>
        <translation>打印件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="70"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="71"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="76"/>
        <source>Choose a printout and what it is for.</source>
        <translation>请选择打印件及其对象。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="102"/>
        <source>Press “Make and show” for the printout chosen.</source>
        <translation>请点击“生成并预览”生成所选单据。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="120"/>
        <source>{receipt}  {unit} (voided)</source>
        <translation>{receipt}  {unit}（已作废）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="157"/>
        <source>Making the printout…</source>
        <translation>正在生成打印件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="172"/>
        <source>{title} for {subject}: {pages} pages, verification code {code}{again}.</source>
        <translation>{subject} 的{title}：共 {pages} 页，核验码 {code}{again}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="174"/>
        <source> (same as printed before)</source>
        <translation>（与此前打印的相同）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="182"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="183"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="186"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="204"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="205"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="207"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>已将 {pages} 页发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/printing.py" line="211"/>
        <source>Preparing the pages for the printer…</source>
        <translation>正在准备打印页面…</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../../app/gui/pages/disc_problems.py" line="32"/>
        <source>Seal seen: stamped</source>
        <translation>已人工确认有章</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_problems.py" line="35"/>
        <source>You looked at the scan and a seal is there: the problem is cleared (recorded with your name).</source>
        <translation>您已查看扫描件，确认盖有印章：此问题消除（记录经办人姓名）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_problems.py" line="36"/>
        <source>No seal: unstamped</source>
        <translation>确认无章</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_problems.py" line="38"/>
        <source>You looked at the scan and there is no seal: it counts as an unstamped scan.</source>
        <translation>您已查看扫描件，确认未盖章：按“盖章版扫描件未见印章”处理。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/disc_problems.py" line="42"/>
        <source>Look at the scan…</source>
        <translation>查看扫描件…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/gui/qt_words.py" line="12"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/gui/qt_words.py" line="10"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/gui/qt_words.py" line="11"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="64"/>
        <source>Stamped scan: {name}</source>
        <translation>盖章扫描件：{name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="70"/>
        <source>Page </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="71"/>
        <source> of {pages}</source>
        <translation> 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="76"/>
        <source>Seal found on page {pages} (framed in blue).</source>
        <translation>在第 {pages} 页检出印章（蓝框标出）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="80"/>
        <source>The program is not sure: look at page {pages} (framed in orange) and say whether it is stamped.</source>
        <translation>程序无法确认：请查看第{pages}页（橙色框处），判断是否盖章。</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="84"/>
        <source>No seal was found by the program: look at the pages yourself.</source>
        <translation>程序未检出印章：请人工查看各页。</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="94"/>
        <source>Smaller (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="97"/>
        <source>Larger (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="99"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="101"/>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="102"/>
        <source>A page scanned sideways: turn it a quarter</source>
        <translation>横向扫描的页面：旋转90度</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="106"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/gui/scan_viewer.py" line="155"/>
        <source>This page cannot be shown.</source>
        <translation>此页无法显示。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="60"/>
        <source>Call</source>
        <translation>征集活动</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="60"/>
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="61"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="62"/>
        <source>Cases per unit at most</source>
        <translation>每单位最多推荐案例数</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="63"/>
        <source>Paper copies per case</source>
        <translation>每个案例纸质版份数</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="64"/>
        <source>Each case needs</source>
        <translation>每个案例须有</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="65"/>
        <source>Directions</source>
        <translation>申报方向</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="66"/>
        <source>Severities changed by this call</source>
        <translation>本次征集调整的问题级别</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="69"/>
        <source>The call&apos;s rules</source>
        <translation>征集规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="74"/>
        <source>Keep the key in a file…</source>
        <translation>将密钥保存到文件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="82"/>
        <source>empty: this desk&apos;s own register; postgresql://user@server/register: the office&apos;s</source>
        <translation>留空：本收件台自己的登记库；postgresql://用户@服务器/库名：全处共享的登记库</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="85"/>
        <source>e.g. 收件台1 (empty: the computer&apos;s name)</source>
        <translation>如 收件台1（留空：使用计算机名）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="90"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="91"/>
        <source>Audit key</source>
        <translation>审计密钥</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="92"/>
        <location filename="../../app/gui/pages/settings.py" line="167"/>
        <location filename="../../app/gui/pages/settings.py" line="171"/>
        <source>Register</source>
        <translation>登记库</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="93"/>
        <source>This desk</source>
        <translation>本收件台</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="96"/>
        <source>empty: the data folder&apos;s archive; a shared folder every desk sees (SMB/NFS)</source>
        <translation>留空：数据文件夹中的归档；或各收件台均可访问的共享文件夹（SMB/NFS）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="99"/>
        <source>Disc archive</source>
        <translation>光盘归档</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="104"/>
        <source>This desk&apos;s signing key</source>
        <translation>本收件台签名公钥</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="111"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="120"/>
        <source>Load the demo…</source>
        <translation>载入演示数据…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="122"/>
        <source>Leave the demo</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="125"/>
        <source>the clerk&apos;s name, printed on receipts</source>
        <translation>经办人姓名，打印在收件回执上</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="130"/>
        <source>&amp;Operator (经办人)</source>
        <translation>经办人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="131"/>
        <location filename="../../app/gui/pages/settings.py" line="260"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="133"/>
        <source>Chinese input</source>
        <translation>中文输入</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="138"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="139"/>
        <source>This program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="160"/>
        <source>Set where the program was started (environment variable {name}); it applies while the program runs and cannot be changed here.</source>
        <translation>由启动程序时的环境变量 {name} 指定；在程序运行期间有效，此处不能修改。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="168"/>
        <source>Write the shared register&apos;s address as postgresql://user@server/name.</source>
        <translation>共享登记库地址应写作 postgresql://用户@服务器/库名。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="173"/>
        <source>The program works on this register from its next start. Its password is kept in this computer&apos;s keyring: intake db password {url}</source>
        <translation>程序下次启动时起使用该登记库。其密码保存在本机密钥环中：intake db password {url}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="182"/>
        <source>fcitx is reached through its ibus interface (fcitx5 offers one). If no Chinese can be typed (fcitx 4 on Kylin V10), install fcitx5, or start the program with QT_IM_MODULE=ibus under an ibus input method.</source>
        <translation>已通过 ibus 接口连接 fcitx 输入法（fcitx5 提供此接口）。如无法输入中文（如麒麟V10默认的 fcitx 4），请安装 fcitx5，或在 ibus 输入法下以 QT_IM_MODULE=ibus 启动本程序。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="185"/>
        <source>This program carries no fcitx plugin, and fcitx was asked for: Chinese may not be typed. Use fcitx5 (it answers as ibus) or ibus.</source>
        <translation>本程序未附带 fcitx 插件，而系统要求使用 fcitx：可能无法输入中文。请使用 fcitx5（可通过 ibus 接口连接）或 ibus。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="186"/>
        <source>as the system provides</source>
        <translation>使用系统输入法</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="193"/>
        <source>an editable version</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="194"/>
        <source>a stamped scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="195"/>
        <source>a row in the summary table</source>
        <translation>汇总表中的一行</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="197"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="197"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="199"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="207"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="213"/>
        <source> (demo data)</source>
        <translation>（演示数据）</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="229"/>
        <source>{desk}: {key} — IT registers it for this desk (intake db trust-desk).</source>
        <translation>{desk}：{key} —— 由信息技术人员为本收件台登记（intake db trust-desk）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="236"/>
        <source>in the key file {detail}. Keep it apart from backups of the data folder.</source>
        <translation>保存在密钥文件 {detail} 中。请勿将其与数据文件夹的备份放在一起。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="237"/>
        <source>in the system keyring ({detail}).</source>
        <translation>保存在系统密钥环中（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="239"/>
        <source>not found in the keyring ({detail}): put this register&apos;s key file in place, or restore the keyring.</source>
        <translation>密钥环中未找到（{detail}）：请放回本登记库的密钥文件，或恢复密钥环。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="242"/>
        <source>no keyring is available ({detail}). Records cannot be sealed until the key is kept somewhere: use the keyring, or keep the key in a file (documented fallback).</source>
        <translation>没有可用的密钥环（{detail}）。在保存密钥之前无法为记录加封：请启用密钥环，或将密钥保存到文件（说明书所述的备用办法）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="249"/>
        <source>Keep the key in a file</source>
        <translation>将密钥保存到文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="252"/>
        <source>The audit key will be written to a file in {folder}, readable by you only. Anyone who has it can forge the audit trail: keep backups of the data folder apart from it. Go on?</source>
        <translation>审计密钥将写入 {folder} 中的文件，仅您本人可读。持有该文件者可伪造审计记录：请勿将其与数据文件夹的备份放在一起。继续吗？</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/settings.py" line="261"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>新的语言将在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>UnitView</name>
    <message>
        <location filename="../../app/gui/unit_view.py" line="62"/>
        <source>Reading the e-mail of {unit}…</source>
        <translation>正在读取{unit}的邮件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="81"/>
        <source>Record an e-mail submission…</source>
        <translation>记录电子邮件报送…</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="82"/>
        <source>Only note when it arrived, without the mail</source>
        <translation>仅登记收到时间，不导入邮件本身</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="84"/>
        <source>Import the saved e-mail…</source>
        <translation>导入已保存的邮件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="87"/>
        <source>Read a mail saved as .eml or .msg (or drop it here): its attachments are checked and held against the disc</source>
        <translation>读取另存为 .eml 或 .msg 的邮件（也可拖放到此处）：检查其附件并与光盘材料比对</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="89"/>
        <source>Order</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="89"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="90"/>
        <source>E-mail against the disc</source>
        <translation>邮件与光盘比对</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="92"/>
        <source>Rename or merge the unit…</source>
        <translation>更名或合并单位…</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="95"/>
        <source>A name typed wrong: correct it, or give the name of the unit it should have been and its records move there (receipt numbers stay).</source>
        <translation>单位名称录入有误：改正名称；如填写的是已有单位的名称，则记录并入该单位（收件编号不变）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="110"/>
        <source>Cases: the e-mail beside the disc</source>
        <translation>各案例：邮件与光盘比对</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="112"/>
        <source>Findings of the unit and of its newest disc</source>
        <translation>该单位及其最新光盘的问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="134"/>
        <source>Standing: {standing}</source>
        <translation>当前结论：{standing}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="137"/>
        <source> (late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="138"/>
        <source>Delivery {receipt}: {when}{late}</source>
        <translation>收件 {receipt}：{when}{late}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="141"/>
        <source> — note: {note}</source>
        <translation> —— 备注：{note}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="143"/>
        <source>{line} — voided: {reason}</source>
        <translation>{line} —— 已作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="145"/>
        <source>Discs: {discs}</source>
        <translation>光盘：{discs}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="146"/>
        <source>none read yet</source>
        <translation>尚未核验</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="147"/>
        <source>E-mail submissions recorded: {count}</source>
        <translation>已记录的电子邮件报送：{count}</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="148"/>
        <source> (read and held against the disc)</source>
        <translation>（已导入并与光盘比对）</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="55"/>
        <location filename="../../app/gui/unit_view.py" line="169"/>
        <source>Import the saved e-mail</source>
        <translation>导入已保存的邮件</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="57"/>
        <source>The e-mail of {unit} was read: “{subject}”, {count} attachments, held against its disc. What it showed is in the unit&apos;s view.</source>
        <translation>已导入{unit}的邮件“{subject}”，共 {count} 个附件，已与光盘比对。结果见该单位的详情。</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="170"/>
        <source>Saved e-mails (*.eml *.msg);;All files (*)</source>
        <translation>已保存的邮件 (*.eml *.msg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="198"/>
        <source>Rename or merge the unit</source>
        <translation>更名或合并单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="201"/>
        <source>The right name of “{unit}”. If it is the name of another unit of the call, the two are merged into that one.</source>
        <translation>“{unit}”的正确名称。如与本次征集的另一单位同名，两者将合并为该单位。</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="210"/>
        <source>“{new}” is already a unit of this call. Move every delivery, disc and e-mail of “{old}” to it? The receipt numbers stay as they were given.</source>
        <translation>“{new}”已是本次征集的单位。将“{old}”的全部收件、光盘和邮件并入该单位吗？收件编号保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="234"/>
        <location filename="../../app/gui/unit_view.py" line="241"/>
        <source>Record an e-mail submission</source>
        <translation>记录电子邮件报送</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="235"/>
        <source>When did the unit&apos;s e-mail arrive (Beijing time)?</source>
        <translation>该单位的电子邮件何时收到（北京时间）？</translation>
    </message>
    <message>
        <location filename="../../app/gui/unit_view.py" line="242"/>
        <source>Write the time as 2025-10-24 17:40.</source>
        <translation>请按 2025-10-24 17:40 的格式填写时间。</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../app/gui/models/units.py" line="16"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/units.py" line="16"/>
        <source>First received</source>
        <translation>首次送达</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/units.py" line="16"/>
        <source>Discs</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/units.py" line="16"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/units.py" line="17"/>
        <source>Open problems</source>
        <translation>未处理问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/units.py" line="19"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/units.py" line="23"/>
        <source>not yet delivered</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/units.py" line="27"/>
        <source>(e-mail)</source>
        <translation>（邮件）</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/units.py" line="29"/>
        <source>(late)</source>
        <translation>（逾期）</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../app/cli/text.py" line="40"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="41"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="42"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="43"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="44"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="45"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="46"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="47"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="48"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="49"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="50"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="51"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="52"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="53"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../app/cli/text.py" line="54"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="20"/>
        <source>readable</source>
        <translation>可读</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="21"/>
        <source>partly readable</source>
        <translation>部分可读</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="22"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../app/cli/findings_text.py" line="15"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/cli/findings_text.py" line="16"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/cli/findings_text.py" line="17"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="26"/>
        <source>list what is on a disc image or folder</source>
        <translation>列出光盘镜像或文件夹中的内容</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_command.py" line="23"/>
        <source>ISO image, optical drive device or mounted folder</source>
        <translation>ISO 镜像文件、光驱设备或已挂载的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_command.py" line="26"/>
        <source>also write the JSON report (- for standard output)</source>
        <translation>同时输出 JSON 报告（- 表示标准输出）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="29"/>
        <source>also compute SM3 digests (slower)</source>
        <translation>同时计算 SM3 摘要（较慢）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="30"/>
        <source>print no table</source>
        <translation>不输出表格</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="39"/>
        <source>Source: {path} ({size})</source>
        <translation>来源：{path}（{size}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="49"/>
        <source>(ISO9660 level {level})</source>
        <translation>（ISO9660 级别 {level}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="26"/>
        <source>copy a disc from its drive into an image file</source>
        <translation>将光驱中的光盘复制为镜像文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="27"/>
        <source>the optical drive (/dev/sr0, D:)</source>
        <translation>光驱（/dev/sr0、D:）</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="29"/>
        <source>the image file to write (resumed if its map exists)</source>
        <translation>要写入的镜像文件（如已有其扇区图则接续复制）</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="31"/>
        <source>open the drive&apos;s tray when done</source>
        <translation>完成后弹出光驱托盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="39"/>
        <source>Image: {path} ({size})</source>
        <translation>镜像：{path}（{size}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="42"/>
        <source>Read {size} in {seconds:.1f} s ({speed:.1f} MB/s)</source>
        <translation>本次读取 {size}，用时 {seconds:.1f} 秒（{speed:.1f} MB/秒）</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="45"/>
        <source>The image was already complete; nothing was read again.</source>
        <translation>镜像此前已复制完整，本次未重新读取。</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="47"/>
        <source>Continued from an earlier copy, where it had stopped.</source>
        <translation>已从上次中断处接续复制。</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="49"/>
        <location filename="../../app/cli/inspect_cmd.py" line="50"/>
        <source>Label: {label}</source>
        <translation>卷标：{label}</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="52"/>
        <source>Unreadable sectors: {count} (map: {map})</source>
        <translation>无法读取的扇区：{count} 个（扇区图：{map}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="55"/>
        <source>{path}: {size} lost</source>
        <translation>{path}：缺失 {size}</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="57"/>
        <source>Run the same command again to retry them.</source>
        <translation>再次运行同一命令可重试这些扇区。</translation>
    </message>
    <message>
        <location filename="../../app/cli/image_cmd.py" line="59"/>
        <source>Every sector was read.</source>
        <translation>所有扇区均已读取。</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="53"/>
        <source>Other labels: {labels}</source>
        <translation>其他卷标：{labels}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="55"/>
        <source>File systems: {systems}</source>
        <translation>文件系统：{systems}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="56"/>
        <source>Sessions: {count}</source>
        <translation>区段数：{count}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="58"/>
        <source>Readable: {state}</source>
        <translation>读取情况：{state}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="65"/>
        <location filename="../../app/cli/verify_cmd.py" line="70"/>
        <source>Problems ({count}):</source>
        <translation>发现问题（{count} 项）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="68"/>
        <source>Files ({count}):</source>
        <translation>文件（{count} 个）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="70"/>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="72"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="72"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="72"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="13"/>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="14"/>
        <source>Hashing</source>
        <translation>计算摘要</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="15"/>
        <source>Checking</source>
        <translation>核验中</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="16"/>
        <source>Archiving</source>
        <translation>归档中</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="17"/>
        <source>Backing up</source>
        <translation>备份中</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="21"/>
        <source>Imaging</source>
        <translation>复制光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="45"/>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="12"/>
        <source>No such file or folder: {path}</source>
        <translation>找不到文件或文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="13"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="17"/>
        <source>The disc left drive {path}, or the drive stopped answering, while it was being read ({reason}). Put the disc back and read it again: the copy goes on from where it stopped.</source>
        <translation>读取过程中光盘已离开光驱 {path}，或光驱停止响应（{reason}）。请放回光盘后重新读取：复制将从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="20"/>
        <source>The copy of the disc could not be written to {path}: {reason}. Free some space there and read the disc again: the copy goes on from where it stopped.</source>
        <translation>无法将光盘副本写入 {path}：{reason}。请腾出该处的磁盘空间后重新读取：复制将从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="26"/>
        <source>The keyring holds no audit key for this register. Place the key file of this register at {key_file}, or restore the keyring.</source>
        <translation>系统密钥环中没有本登记库的审计密钥。请将本登记库的密钥文件放到 {key_file}，或恢复密钥环。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="30"/>
        <source>The audit key found is not this register&apos;s: nothing was written. Place this register&apos;s own key file at {key_file}, or restore the keyring of the desk it came from. (Writing with another key would make the whole history look forged.)</source>
        <translation>找到的审计密钥不属于本登记库：未写入任何内容。请将本登记库自己的密钥文件放到 {key_file}，或恢复其原所在收件台的系统密钥环。（用别的密钥写入会使全部历史记录看似被伪造。）</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="56"/>
        <source>This desk ({desk}) may not write to the shared register yet: its signing key is not registered there. Nothing was recorded. Give IT this desk&apos;s signing key, shown in Settings, to register.</source>
        <translation>本收件台（{desk}）暂不能在共享登记库中登记：其签名密钥尚未在登记库中登记。本次未登记任何内容。请将“设置”中显示的本收件台签名公钥交给信息技术人员登记。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="61"/>
        <source>The unit&apos;s name is empty.</source>
        <translation>单位名称为空。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="65"/>
        <source>No delivery has receipt number {receipt}.</source>
        <translation>没有收件单号为 {receipt} 的送件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="67"/>
        <source>Receipt {receipt} belongs to {unit}.</source>
        <translation>收件单 {receipt} 属于 {unit}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="69"/>
        <source>Unknown delivery method {method}; use one of {methods}.</source>
        <translation>未知的送件方式 {method}；可用：{methods}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="71"/>
        <source>Copies received ({received}) and stamped ({stamped}) do not add up.</source>
        <translation>收到份数（{received}）与盖章份数（{stamped}）不符。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="73"/>
        <source>Cannot read the time {text}; write it like 2025-10-24 17:30.</source>
        <translation>无法识别时间 {text}；请按 2025-10-24 17:30 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="78"/>
        <source>Say why the delivery is voided.</source>
        <translation>请说明作废该收件的原因。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="79"/>
        <source>Delivery {receipt} is already voided.</source>
        <translation>收件 {receipt} 已作废。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="83"/>
        <source>A waiver needs a reason.</source>
        <translation>豁免必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="23"/>
        <source>No keyring is available to hold the audit key. Either start the system keyring, or keep the key in a file (it will be {key_file}).</source>
        <translation>没有可用的系统密钥环来保存审计密钥。请启动系统密钥环，或将密钥保存在文件中（文件位置：{key_file}）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="33"/>
        <source>The shared register cannot be reached for now ({server}); nothing was recorded this time. Please try again shortly.</source>
        <translation>共享登记库暂时无法连接（{server}）；本次未登记任何内容，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="37"/>
        <source>The connection to the shared register ({server}) broke while the record was being saved, and it cannot be told whether it was saved. Once the register can be reached again, look whether the record is there before doing it again.</source>
        <translation>保存时与共享登记库（{server}）的连接中断，无法确定本次是否已登记。请在登记库恢复连接后先查看该记录是否已存在，再决定是否重新办理。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="41"/>
        <source>This computer has no keyring to keep the password. Give it to the program in PostgreSQL&apos;s own ways instead: a password file (.pgpass, or the file PGPASSFILE names) readable by this user only, or the PGPASSWORD variable.</source>
        <translation>本机没有可保存密码的密钥环。请改用 PostgreSQL 自己的方式提供密码：仅本用户可读的密码文件（.pgpass，或 PGPASSFILE 指定的文件），或 PGPASSWORD 环境变量。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="44"/>
        <source>The shared register ({url}) needs bringing up to date by its owner before this desk can use it: ask IT to run `intake --db OWNER_ADDRESS db setup`.</source>
        <translation>共享登记库（{url}）需要由其所有者先行升级，本收件台才能使用：请信息技术人员运行 `intake --db 所有者地址 db setup`。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="47"/>
        <source>Name the shared register with the database owner&apos;s address: --db postgresql://OWNER@SERVER/DATABASE.</source>
        <translation>请用数据库所有者的地址指定共享登记库：--db postgresql://所有者@服务器/数据库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="49"/>
        <source>A desk&apos;s login name is letters, digits and _ only (e.g. desk1), not {name}.</source>
        <translation>收件台登录名只能由字母、数字和 _ 组成（如 desk1），不能是 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="52"/>
        <source>Write the register entry as it is printed at the foot of the paper, like 57-3FA2B9C0 (not {mark}).</source>
        <translation>请按纸面底部印的样子填写登记簿位置，如 57-3FA2B9C0（而不是 {mark}）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="58"/>
        <source>{key} is not a desk&apos;s public key: copy the line db desk-key printed.</source>
        <translation>{key} 不是收件台的公钥：请复制 db desk-key 输出的那一行。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="60"/>
        <source>No unit named {unit} in the register.</source>
        <translation>登记库中没有名为 {unit} 的单位。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="62"/>
        <source>Say why the delivery is corrected.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="64"/>
        <source>Nothing has been received from {unit} yet: register the delivery first.</source>
        <translation>尚未收到 {unit} 的任何材料，请先登记收件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="75"/>
        <source>{unit} has no such finding ({ref}): it may have been settled meanwhile.</source>
        <translation>{unit}没有这一问题（{ref}），可能已被处理。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="76"/>
        <source>This finding of {unit} is already waived.</source>
        <translation>{unit}的这一问题已豁免。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="77"/>
        <source>This finding of {unit} is not waived.</source>
        <translation>{unit}的这一问题未被豁免。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="82"/>
        <source>This very disc image is already recorded as disc {disc} of {unit} ({at}). Nothing was recorded.</source>
        <translation>这张光盘镜像已登记为 {unit} 的光盘 {disc}（{at}），本次未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="86"/>
        <source>This finding is not about a scan the program was unsure of; only those can be confirmed stamped or unstamped.</source>
        <translation>这一问题不是程序无法确定印章的扫描件，只有这类问题可以人工确认有章或无章。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="87"/>
        <source>No disc numbered {disc} in the register.</source>
        <translation>登记库中没有编号为 {disc} 的光盘。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="91"/>
        <source>{path} holds no disc&apos;s contents (it cannot be read as a disc, or it is empty): nothing was recorded, no number was given. Check that the right file, folder or drive was chosen.</source>
        <translation>{path} 中没有光盘内容（无法作为光盘读取，或为空）：未登记任何内容，也未分配编号。请检查是否选错了文件、文件夹或光驱。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="93"/>
        <source>{path} changed while it was being read; nothing was recorded. Add it again.</source>
        <translation>{path} 在读取过程中发生了变化，未作登记。请重新添加。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="95"/>
        <source>{path} is not empty; back up into a new or empty folder.</source>
        <translation>{path} 不是空文件夹；请备份到新的或空的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="97"/>
        <source>{path} holds no MANIFEST.json: it is not a backup made by Intake Desk.</source>
        <translation>{path} 中没有 MANIFEST.json：不是收件核验台生成的备份。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="99"/>
        <source>The backup&apos;s manifest {path} is damaged; nothing was restored.</source>
        <translation>备份清单 {path} 已损坏；未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="101"/>
        <source>The backup lacks {path}; nothing was restored.</source>
        <translation>备份中缺少 {path}；未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="103"/>
        <source>{path} in the backup does not match its manifest; nothing was restored.</source>
        <translation>备份中的 {path} 与清单不符；未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="105"/>
        <source>{path} in the backup is not in its manifest; nothing was restored.</source>
        <translation>备份中的 {path} 不在清单内；未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="107"/>
        <source>Delivery {receipt} needs no return notice: its unit&apos;s verdict is {verdict}.</source>
        <translation>收件 {receipt} 无需退回补正通知：该单位的核验结论为 {verdict}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="108"/>
        <source>Cannot read the workbook {path}: {reason}</source>
        <translation>无法读取工作簿 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="110"/>
        <source>This register holds no call {call}; it holds {known}.</source>
        <translation>登记库中没有征集活动 {call}；现有的是 {known}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="113"/>
        <source>{path} cannot be read as a saved e-mail (.eml or .msg): {reason}. Save the mail again from the mail program (File → Save as).</source>
        <translation>{path} 无法作为已保存的邮件（.eml 或 .msg）读取：{reason}。请在邮件程序中重新另存该邮件（文件 → 另存为）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="115"/>
        <source>The database {url} already holds a register; copy into an empty database.</source>
        <translation>数据库 {url} 中已有登记库，请复制到空数据库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="117"/>
        <source>Only a desk&apos;s own SQLite register can be copied into {url}.</source>
        <translation>只能将本收件台自己的 SQLite 登记库复制到 {url}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="120"/>
        <source>The register does not verify ({reason}); nothing was copied. Check the register&apos;s audit trail and settle that first.</source>
        <translation>登记库校验未通过（{reason}），未复制任何内容。请先检查登记库的审计记录并处理。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="127"/>
        <source>Call {call} is closed: it is kept for the record and takes no more changes. Switch to the call you are working on, or reopen this one if it was closed by mistake.</source>
        <translation>征集 {call} 已关闭：仅供查阅，不再接受更改。请切换到正在办理的征集；如系误关，可重新开启。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="128"/>
        <source>Call {call} is not closed.</source>
        <translation>征集 {call} 未关闭。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="129"/>
        <source>Say why the call is reopened.</source>
        <translation>请填写重新开启的原因。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="152"/>
        <source>The archived copy {path} no longer matches the disc that was received; nothing was changed. Check the archive&apos;s discs first.</source>
        <translation>归档副本 {path} 与收到的光盘不再一致，未做任何更改。请先检查归档中的光盘。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="157"/>
        <source>this user may not use it</source>
        <translation>当前用户无权使用</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="158"/>
        <source>it is read-only</source>
        <translation>它是只读的</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="159"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="160"/>
        <source>it is not there</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="161"/>
        <source>the device reported a read or write error</source>
        <translation>设备报告读写错误</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="162"/>
        <source>the drive or device is not there</source>
        <translation>光驱或设备不存在</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="163"/>
        <source>it is a folder, not a file</source>
        <translation>它是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="164"/>
        <source>the file is damaged or of another kind</source>
        <translation>文件已损坏或不是此类文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="165"/>
        <source>it holds no subject, sender or attachment</source>
        <translation>其中没有主题、发件人或附件</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="166"/>
        <source>the system refused it</source>
        <translation>系统拒绝了该操作</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="172"/>
        <source>To keep it in a file: `intake audit make-keyfile`.</source>
        <translation>如需保存到文件：`intake audit make-keyfile`。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="173"/>
        <source>The units are listed by `intake status`.</source>
        <translation>单位列表见 `intake status`。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="174"/>
        <source>Log the delivery with `intake receive`.</source>
        <translation>请用 `intake receive` 登记收件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="176"/>
        <source>The findings are listed by `intake status --unit`.</source>
        <translation>问题列表见 `intake status --unit`。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="178"/>
        <source>To record it once more on purpose: `disc add --again`.</source>
        <translation>如确需再次登记：`disc add --again`。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="179"/>
        <source>Run `intake audit verify`.</source>
        <translation>请运行 `intake audit verify`。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="181"/>
        <source>If it is the unit&apos;s disc as it came, record it so with `disc add --unusable`.</source>
        <translation>如确为该单位送来的光盘，请用 `disc add --unusable` 按原样登记。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="182"/>
        <source>Run `intake disc check`.</source>
        <translation>请运行 `intake disc check`。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="184"/>
        <source>IT registers it with: intake --db OWNER_ADDRESS db trust-desk &quot;{desk}&quot; {key}</source>
        <translation>信息技术人员用以下命令登记：intake --db 所有者地址 db trust-desk &quot;{desk}&quot; {key}</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="196"/>
        <source>The work could not be done. The details were written to errors.log.</source>
        <translation>操作未能完成，详细信息已写入 errors.log。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="223"/>
        <source>Cannot write to {path}: the folder is read-only or this user may not write there. Choose a folder you can write to (for the register: Settings, or --data), or ask the administrator for write access. Nothing was recorded.</source>
        <translation>无法写入 {path}：该文件夹为只读，或当前用户没有写入权限。请选择可写入的文件夹（登记库位置在“设置”中修改，命令行用 --data），或请管理员开放写入权限。本次未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="227"/>
        <source>The disk holding {path} is full. Free some space there and try again. Nothing was recorded.</source>
        <translation>{path} 所在的磁盘已满。请清理出空间后重试。本次未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="231"/>
        <source>{path} cannot be reached: its folder is not there (or the drive is not connected). Check the path and try again.</source>
        <translation>无法访问 {path}：所在文件夹不存在（或驱动器未连接）。请检查路径后重试。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="235"/>
        <source>{path} could not be read or written. Check that it is there and that this user may use it; the details were written to errors.log.</source>
        <translation>无法读写 {path}。请检查它是否存在、当前用户是否有权使用；详细信息已写入 errors.log。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="249"/>
        <source>The program met an internal error and the work was not finished; records already saved are safe. The details were written to errors.log: please send that file to your support.</source>
        <translation>程序内部错误，本次操作未完成；已保存的记录不受影响。详细信息已写入 errors.log，请将该文件发给技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="123"/>
        <source>The shared register on PostgreSQL is backed up with the database&apos;s own tools (pg_dump) by whoever runs it; this command backs up a desk&apos;s SQLite register.</source>
        <translation>PostgreSQL 上的共享登记库由数据库管理员用数据库自身的工具（pg_dump）备份；本命令用于备份收件台的 SQLite 登记库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="131"/>
        <source>The register already holds a call {call}; give the new one another code.</source>
        <translation>登记库中已有征集 {call}，请为新征集另取代码。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="134"/>
        <source>{call} cannot be a call&apos;s code: use 2 to 64 small letters, digits and dashes, like city-2026.</source>
        <translation>{call} 不能作为征集代码：请用2至64位小写字母、数字和短横线，如 city-2026。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="136"/>
        <source>The quota of cases per unit must be a whole number from 1 to 999, not {value}.</source>
        <translation>每单位推荐案例限额须为1至999的整数，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="138"/>
        <source>The paper copies per case must be a whole number from 0 to 999, not {value}.</source>
        <translation>每个案例纸质版份数须为0至999的整数，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="140"/>
        <source>The rules of call {call} are not complete or not consistent: {reason}</source>
        <translation>征集 {call} 的规则不完整或有矛盾：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="143"/>
        <source>This call would number its records like call {call} ({number}); give it other receipt and disc number formats.</source>
        <translation>此征集的编号将与征集 {call} 重复（{number}），请另设收件编号和载体编号格式。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="145"/>
        <source>{path} is not a call exported by Intake Desk ({reason}).</source>
        <translation>{path} 不是本程序导出的征集定义（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="146"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="147"/>
        <source>Disc {disc} holds no file {path}.</source>
        <translation>光盘 {disc} 中没有文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/messages.py" line="149"/>
        <source>Disc {disc} has no case {case} in its summary table.</source>
        <translation>光盘 {disc} 的汇总表中没有第 {case} 个案例。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="88"/>
        <source>Intake Desk command line</source>
        <translation>收件核验台命令行</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="90"/>
        <source>print the program&apos;s version and exit</source>
        <translation>显示程序版本并退出</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="93"/>
        <source>data folder (default: INTAKE_DATA or the user&apos;s data folder)</source>
        <translation>数据文件夹（默认：INTAKE_DATA 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="95"/>
        <source>language of the output</source>
        <translation>输出语言</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="99"/>
        <source>the shared register on PostgreSQL (default: INTAKE_DB, else SQLite in the data folder)</source>
        <translation>PostgreSQL 上的共享登记库（默认取 INTAKE_DB，否则为数据文件夹中的 SQLite）</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="103"/>
        <source>the call to work on (default: the current call, see `intake call list`); may also follow the command</source>
        <translation>所操作的征集（默认为当前征集，见 `intake call list`）；也可写在子命令之后</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="107"/>
        <source>the clerk (经办人) named on receipts and in the audit trail (default: INTAKE_OPERATOR, else the login name)</source>
        <translation>收件回执和审计记录中的经办人（默认取 INTAKE_OPERATOR，否则为登录名）</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="210"/>
        <source>Internal error: the work was not finished; records already saved are safe.</source>
        <translation>程序内部错误：本次操作未完成；已保存的记录不受影响。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="212"/>
        <source>The details were written to {path}; please send that file to your support.</source>
        <translation>详细信息已写入 {path}，请将该文件发给技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="178"/>
        <location filename="../../app/cli/main.py" line="191"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="24"/>
        <source>check a disc against the call and its summary table</source>
        <translation>按征集通知和汇总表核验光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="27"/>
        <source>discs in the register</source>
        <translation>登记库中的光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="30"/>
        <source>check a disc, archive its image and record it</source>
        <translation>核验光盘、归档镜像并登记</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="33"/>
        <source>the recommending unit that delivered it</source>
        <translation>送件的推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="36"/>
        <location filename="../../app/cli/verify_cmd.py" line="28"/>
        <source>the unit&apos;s summary table, when it is not on the disc</source>
        <translation>推荐单位的汇总表（光盘中没有时另行指定）</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="38"/>
        <source>what is written on the disc</source>
        <translation>光盘盘面上的文字</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="41"/>
        <source>when it arrived, if no delivery was logged for it (default: now)</source>
        <translation>送达时间（尚未登记送件时使用；默认：现在）</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="45"/>
        <source>record an image that is already recorded once more, on purpose</source>
        <translation>有意将已登记过的镜像再登记一次</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="48"/>
        <source>record it although it cannot be read or holds nothing: it is the unit&apos;s disc as it came</source>
        <translation>虽无法读取或为空，仍按送来的原样登记为该单位的光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="51"/>
        <source>re-check an archived disc: files changed or missing</source>
        <translation>复核已归档光盘：文件是否被改动或缺失</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="65"/>
        <source>Disc {disc} of {unit}, receipt {receipt}; image kept as {image}.</source>
        <translation>{unit} 的光盘 {disc}，收件单号 {receipt}；镜像已归档为 {image}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="72"/>
        <source>With its paper and delivery, {unit} stands at: {verdict} (see `intake status --unit`).</source>
        <translation>结合纸质版与送件情况，{unit} 目前为：{verdict}（见 `intake status --unit`）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="95"/>
        <source>The archived image {image} is missing.</source>
        <translation>归档镜像 {image} 已丢失。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="99"/>
        <source>The archived image no longer matches its SHA-256.</source>
        <translation>归档镜像与登记的 SHA-256 不再一致。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="102"/>
        <source>Case {case}:</source>
        <translation>案例 {case}：</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="103"/>
        <source>Not tied to a case:</source>
        <translation>未归入案例：</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="104"/>
        <source>changed</source>
        <translation>已改动</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="105"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="107"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="118"/>
        <source>Disc {disc}: intact ({files} files).</source>
        <translation>光盘 {disc}：完好（{files} 个文件）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="121"/>
        <source>Disc {disc} has changed since it was received:</source>
        <translation>光盘 {disc} 自收件以来已发生变化：</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="30"/>
        <source>the recommending unit that delivered</source>
        <translation>送件的推荐单位名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="42"/>
        <location filename="../../app/cli/verify_cmd.py" line="31"/>
        <source>print no summary</source>
        <translation>不输出摘要</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="35"/>
        <source>also write a disc-verification sheet (a pre-check: the disc is not registered)</source>
        <translation>同时生成光盘核验单（预检：光盘未登记收件）</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="50"/>
        <source>Summary table: {path} (sheet {sheet}, {count} rows)</source>
        <translation>汇总表：{path}（工作表 {sheet}，{count} 行）</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="53"/>
        <source>Recommending unit: {unit}</source>
        <translation>推荐单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="64"/>
        <source>Order</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="64"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="65"/>
        <source>Editable</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="65"/>
        <source>Scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="66"/>
        <source>Seal on pages</source>
        <translation>有印章的页</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="67"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="67"/>
        <source>Cases ({count}):</source>
        <translation>案例（{count} 个）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="68"/>
        <location filename="../../app/cli/status_cmd.py" line="97"/>
        <location filename="../../app/cli/verify_cmd.py" line="73"/>
        <source>Verdict: {verdict}</source>
        <translation>核验结论：{verdict}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="19"/>
        <source>the register&apos;s audit trail</source>
        <translation>登记库的审计记录</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="22"/>
        <source>check that no entry was changed, removed or added</source>
        <translation>检查审计记录是否被修改、删除或插入</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="26"/>
        <source>keep the audit key in a file when there is no keyring</source>
        <translation>无系统密钥环时将审计密钥保存到文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="38"/>
        <source>The audit key is not this register&apos;s, so its trail cannot be checked. This is not proof of tampering: place this register&apos;s own key file, or restore its keyring.</source>
        <translation>审计密钥不属于本登记库，无法核对其审计记录。这并不说明记录被篡改：请放回本登记库自己的密钥文件，或恢复其系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="42"/>
        <source>The register was tampered with: {what}</source>
        <translation>登记库已被篡改：{what}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="53"/>
        <source>Audit trail intact: {count} entries.</source>
        <translation>审计记录完整：共 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="41"/>
        <source>The audit trail was tampered with: entry {entry}: {reason}</source>
        <translation>审计记录已被篡改：第 {entry} 条：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="69"/>
        <source>The audit key is now in {path}. Anyone who has this file can rewrite the audit trail unnoticed: keep it apart from the database and its backups.</source>
        <translation>审计密钥已保存到 {path}。持有此文件者可以改写审计记录而不被发现：请将其与数据库及其备份分开保管。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="20"/>
        <source>copy the register and the disc archive, with a manifest of hashes</source>
        <translation>备份登记库和光盘归档，并生成摘要清单</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="21"/>
        <source>an empty or new folder</source>
        <translation>空的或新的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="25"/>
        <source>check a backup against its manifest and put it in place</source>
        <translation>按清单校验备份后恢复</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="26"/>
        <source>a folder made by backup</source>
        <translation>由 backup 生成的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="36"/>
        <source>Backed up {files} files ({size}) to {folder}.</source>
        <translation>已备份 {files} 个文件（{size}）到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="39"/>
        <source>The audit key is not in the backup: keep it (keyring or key file) to verify the trail after a restore.</source>
        <translation>备份中不含审计密钥：请另行保管（系统密钥环或密钥文件），以便恢复后校验审计记录。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="48"/>
        <source>Restored {files} files.</source>
        <translation>已恢复 {files} 个文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="50"/>
        <source>The register that was there is kept in {path}.</source>
        <translation>原有登记库已保留在 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="54"/>
        <source>The audit key of this register is not on this machine: place its key file before making changes.</source>
        <translation>本机没有该登记库的审计密钥：修改前请先放置其密钥文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="18"/>
        <source>the recommending units</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="21"/>
        <source>list units the call expects, before anything arrives</source>
        <translation>登记应报送的推荐单位（送件前）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="26"/>
        <source>correct a unit&apos;s name; into an existing unit, the two become one</source>
        <translation>更正单位名称；改为已有单位的名称时，两者合并为一</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="32"/>
        <source>log a delivery and give its receipt number</source>
        <translation>登记送件并给出收件单号</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="34"/>
        <location filename="../../app/cli/register_cmd.py" line="69"/>
        <location filename="../../app/cli/register_cmd.py" line="80"/>
        <source>the recommending unit</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="37"/>
        <source>when it arrived, e.g. &quot;2025-10-24 17:30&quot; (default: now)</source>
        <translation>送达时间，如 &quot;2025-10-24 17:30&quot;（默认：现在）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="39"/>
        <source>who delivered it</source>
        <translation>送件人</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="40"/>
        <source>the deliverer&apos;s phone</source>
        <translation>送件人电话</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="42"/>
        <source>by hand, post or courier</source>
        <translation>送件方式：hand 当面、post 邮寄、courier 快递</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="44"/>
        <source>the post or courier tracking number</source>
        <translation>邮寄或快递单号</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="46"/>
        <source>the stamped paper summary table came with it</source>
        <translation>同时收到盖章纸质汇总表</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="49"/>
        <source>what the clerk notes: a damaged case, sent on behalf of another…</source>
        <translation>经办人备注：如光盘外盒破损、代为送达等</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="52"/>
        <source>record paper copies received</source>
        <translation>登记收到的纸质版</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="56"/>
        <source>the case by its order or name (default: every case)</source>
        <translation>案例的推荐顺序或名称（默认：每个案例）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="58"/>
        <source>copies received</source>
        <translation>收到份数</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="60"/>
        <source>of those, copies stamped (default: all)</source>
        <translation>其中盖章份数（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="62"/>
        <source>the stamped paper summary table was received</source>
        <translation>已收到盖章纸质汇总表</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="64"/>
        <source>the delivery (default: the unit&apos;s latest)</source>
        <translation>送件（默认：该单位最近一次）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="68"/>
        <source>note an e-mail submission, or import the saved mail (email import)</source>
        <translation>登记电子邮件报送，或导入已保存的邮件（email import）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="70"/>
        <source>when it was received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="77"/>
        <source>read a saved mail (.eml or .msg), check its attachments and hold them against the unit&apos;s disc</source>
        <translation>读取已保存的邮件（.eml 或 .msg），检查附件并与该单位光盘比对</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="83"/>
        <source>also write the mail and its findings as JSON (- for standard output)</source>
        <translation>同时将邮件及发现的问题写为 JSON（- 表示标准输出）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="87"/>
        <source>set a finding aside, with the reason</source>
        <translation>豁免一项问题并说明理由</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="90"/>
        <location filename="../../app/cli/register_cmd.py" line="107"/>
        <location filename="../../app/cli/register_cmd.py" line="115"/>
        <source>its number in `status --unit` or its key</source>
        <translation>`status --unit` 中的序号或问题标识</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="92"/>
        <source>why it is set aside (kept in the audit trail)</source>
        <translation>豁免理由（记入审计记录）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="97"/>
        <source>void a delivery logged by mistake (its number stays used)</source>
        <translation>作废误登记的收件（其编号保留占用）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="100"/>
        <source>why (kept in the audit trail)</source>
        <translation>原因（保存在审计记录中）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="104"/>
        <source>withdraw a waiver: the finding counts again</source>
        <translation>撤销豁免：该问题重新计入</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="112"/>
        <source>say whether a scan the program was unsure about is stamped, after looking at it</source>
        <translation>人工查看程序无法确认的扫描件后，确认是否盖章</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="118"/>
        <source>a seal is there: the finding is cleared</source>
        <translation>有章：此问题消除</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="120"/>
        <source>no seal: the scan counts as unstamped</source>
        <translation>无章：按未盖章处理</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="129"/>
        <source>{count} units expected.</source>
        <translation>已登记 {count} 个应报送单位。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="138"/>
        <source>{old} is now {new}.</source>
        <translation>{old} 已更名为 {new}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="141"/>
        <source>{old} was folded into {new}: its deliveries and records are {new}&apos;s now.</source>
        <translation>{old} 已并入 {new}：其收件和记录现归 {new}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="151"/>
        <source>Delivery {receipt} of {unit} is voided; its number stays used.</source>
        <translation>{unit}的收件 {receipt} 已作废；其编号保留占用。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="160"/>
        <source>Waiver withdrawn ({key}): the finding counts again.</source>
        <translation>已撤销豁免（{key}）：该问题重新计入。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="173"/>
        <source>Receipt {number}: {unit}, received {time}.</source>
        <translation>收件单 {number}：{unit}，{time} 收到。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="177"/>
        <source>Warning: this delivery came after the deadline.</source>
        <translation>注意：本次送件已超过截止时间。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="186"/>
        <source>Say --received N, --summary, or both.</source>
        <translation>请指定 --received N、--summary 或两者。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="195"/>
        <location filename="../../app/cli/register_cmd.py" line="209"/>
        <source>Recorded.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="203"/>
        <source>Name the unit with --unit.</source>
        <translation>请用 --unit 指明单位。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="236"/>
        <source>E-mail of {unit}: “{subject}”, sent {sent}, {count} attachments.</source>
        <translation>{unit}的邮件：“{subject}”，发送于 {sent}，附件 {count} 个。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="239"/>
        <source>The mail agrees with the disc.</source>
        <translation>邮件与光盘材料一致。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="248"/>
        <source>Waived ({key}):</source>
        <translation>已豁免（{key}）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="250"/>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="260"/>
        <source>Recorded: a person saw a seal on the scan ({key}).</source>
        <translation>已记录：经人工查看，扫描件盖有印章（{key}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="262"/>
        <source>Recorded: a person saw no seal on the scan ({key}); it counts as unstamped.</source>
        <translation>已记录：经人工查看，扫描件未盖章（{key}），按未盖章处理。</translation>
    </message>
    <message>
        <location filename="../../app/core/deliveries.py" line="11"/>
        <source>by hand</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <location filename="../../app/core/deliveries.py" line="12"/>
        <source>by post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../app/core/deliveries.py" line="16"/>
        <source>by courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="19"/>
        <source>where the call stands</source>
        <translation>征集进展</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="21"/>
        <source>one unit in full, with its findings numbered</source>
        <translation>单个单位的详细情况（问题编号）</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="24"/>
        <source>also write the status as JSON (- for standard output)</source>
        <translation>同时输出 JSON 格式（- 表示标准输出）</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="40"/>
        <source>Deadline: {deadline} ({zone})</source>
        <translation>截止时间：{deadline}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="45"/>
        <source>Units: {units}, delivered {delivered}, not delivered {missing}, late {late}</source>
        <translation>单位：{units}，已送达 {delivered}，未送达 {missing}，逾期 {late}</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="54"/>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="58"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="58"/>
        <source>Received</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="59"/>
        <source>Receipts</source>
        <translation>收件单号</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="59"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="60"/>
        <source>Discs</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="60"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="61"/>
        <source>Paper</source>
        <translation>纸质版</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="62"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="73"/>
        <source>Receipt {receipt}: {time}, {method}{late}</source>
        <translation>收件单 {receipt}：{time}，{method}{late}</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="76"/>
        <source>, late</source>
        <translation>，逾期</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="77"/>
        <source> — VOIDED: {reason}</source>
        <translation>——已作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="80"/>
        <source>Disc {disc}: {files} files, {verdict}</source>
        <translation>光盘 {disc}：{files} 个文件，{verdict}</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="84"/>
        <source>Paper, case {case}: {received} of {required} copies, {stamped} stamped</source>
        <translation>纸质版，案例 {case}：收到 {received}/{required} 份，盖章 {stamped} 份</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="88"/>
        <source>Findings ({count}):</source>
        <translation>问题（{count} 项）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="23"/>
        <source>disc-verification sheet of disc {subject}</source>
        <translation>光盘 {subject} 的核验单</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="24"/>
        <source>receipt slip of delivery {subject}</source>
        <translation>收件 {subject} 的收件回执</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="25"/>
        <source>return-for-correction notice of delivery {subject}</source>
        <translation>收件 {subject} 的退回补正通知</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="31"/>
        <source>print the disc-verification sheet of a disc</source>
        <translation>打印光盘核验单</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="32"/>
        <source>the disc number, e.g. SJBZ-2025-GP001</source>
        <translation>载体编号，如 SJBZ-2025-GP001</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="33"/>
        <source>print the receipt slip of a delivery</source>
        <translation>打印收件回执</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="34"/>
        <location filename="../../app/cli/printout_cmd.py" line="36"/>
        <source>the receipt number, e.g. SJBZ-2025-0001</source>
        <translation>收件编号，如 SJBZ-2025-0001</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="35"/>
        <source>print the return-for-correction notice of a delivery</source>
        <translation>打印退回补正通知</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="40"/>
        <source>where to write the PDF</source>
        <translation>PDF 保存位置</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="43"/>
        <source>tell whether a printout was made here</source>
        <translation>查验打印件是否由本程序生成</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="46"/>
        <source>check a printout&apos;s receipt number and code</source>
        <translation>查验打印件的收件编号和核验码</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="51"/>
        <source>the register entry printed at the foot of the paper: tells whether the register was put back past it</source>
        <translation>纸面底部印的登记簿位置：据此判断登记库是否被回退到此前的副本</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="64"/>
        <source>Wrote the {what} to {path} (verification code {code}).</source>
        <translation>已将{what}保存到 {path}（核验码 {code}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="80"/>
        <source>The register no longer holds what this paper saw: its entry {mark} is missing or different. The register was put back to an older copy, or replaced, after this was printed.</source>
        <translation>登记库已不再包含这张纸所见的内容：其中第 {mark} 条记录缺失或不符。打印之后，登记库被回退到较早的副本或被替换。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="85"/>
        <source>Not genuine: this register made no printout with receipt number {receipt} and code {code}.</source>
        <translation>非本程序出具：本登记库没有收件编号为 {receipt}、核验码为 {code} 的打印件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="91"/>
        <source>Not genuine: the record of the {what} was changed outside Intake Desk.</source>
        <translation>无法确认：{what}的存档记录已在收件核验台之外被改动。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="93"/>
        <source>Genuine: the {what}, printed {made_at} by {made_by}.</source>
        <translation>确为本程序出具：{what}，{made_at} 由 {made_by} 打印。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="96"/>
        <source>It is current: the register still says what it says.</source>
        <translation>当前有效：登记库中的信息与其一致。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="98"/>
        <source>Superseded: the register has changed since it was printed.</source>
        <translation>已失效：打印后登记信息已有变化。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="100"/>
        <source>  later printout {code}, printed {made_at}</source>
        <translation>  之后的打印件 {code}，打印于 {made_at}</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="16"/>
        <source>write the master workbook of a call, with its cases&apos; files beside it</source>
        <translation>导出征集活动的总汇总表，并附各案例文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="18"/>
        <source>the call, e.g. shaanxi-2025-data-annotation</source>
        <translation>征集活动，如 shaanxi-2025-data-annotation</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="20"/>
        <source>where to write the workbook</source>
        <translation>工作簿保存位置</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="22"/>
        <source>do not copy the cases&apos; files out</source>
        <translation>不复制案例文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="25"/>
        <source>take back the remarks written in a master workbook</source>
        <translation>导入总汇总表中填写的备注和初审意见</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="35"/>
        <source>Wrote {path}: {units} units, {cases} cases, {files} files.</source>
        <translation>已保存 {path}：{units} 个单位，{cases} 个案例，{files} 个文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="38"/>
        <source>Copied {count} files of the cases to {folder}.</source>
        <translation>已将 {count} 个案例文件复制到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="42"/>
        <source>Not copied (missing or changed in the archive): {file}</source>
        <translation>未复制（归档中缺失或已改变）：{file}</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="53"/>
        <source>Nothing to take back: the register already holds what the workbook says.</source>
        <translation>无需导入：登记库中已有工作簿中的全部内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="55"/>
        <source>{key}: {column} “{old}” → “{new}”</source>
        <translation>{key}：{column} “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="59"/>
        <source>Not taken ({sheet}, {key}, {column}): it is a fact of the register, not a remark.</source>
        <translation>未导入（{sheet}，{key}，{column}）：此项为登记事实，不是备注。</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="63"/>
        <source>Not taken ({sheet}, {key}): no such row in the register.</source>
        <translation>未导入（{sheet}，{key}）：登记库中没有这一行。</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest_cmd.py" line="36"/>
        <source>check that every part of this installation works</source>
        <translation>检查本安装的各组成部分是否正常</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest_cmd.py" line="48"/>
        <source>All parts work.</source>
        <translation>各组成部分均正常。</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest_cmd.py" line="49"/>
        <source>{count} parts do not work.</source>
        <translation>{count} 个组成部分不正常。</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="18"/>
        <source>the calls for submissions</source>
        <translation>征集活动</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="20"/>
        <source>the calls in the register</source>
        <translation>列出登记库中的征集</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="23"/>
        <source>a new call, as a copy of a call or template (--from), or blank</source>
        <translation>新建征集：复制已有征集或模板（--from），或空白新建</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="25"/>
        <source>the new call&apos;s code, e.g. city-2026</source>
        <translation>新征集的代码，如 city-2026</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="27"/>
        <source>the call or template to copy</source>
        <translation>要复制的征集或模板</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="30"/>
        <source>change a call&apos;s rules</source>
        <translation>修改征集规则</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="35"/>
        <source>make it the current call, the one every desk works on</source>
        <translation>设为当前征集，各收件台均在其下工作</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="37"/>
        <source>close it: kept for the record, takes no more changes</source>
        <translation>结束征集：记录保留，不再接受修改</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="43"/>
        <source>take changes again in a call closed by mistake</source>
        <translation>重新开启误关的征集</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="45"/>
        <source>why it is reopened</source>
        <translation>重新开启的原因</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="47"/>
        <source>write a call to a JSON file</source>
        <translation>将征集导出为 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="51"/>
        <source>add a call from a JSON file</source>
        <translation>从 JSON 文件导入征集</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="57"/>
        <source>the call&apos;s title</source>
        <translation>征集标题</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="59"/>
        <source>what is submitted, as the forms&apos; titles name it, e.g. 数据标注优秀案例</source>
        <translation>征集对象，用于单据标题，如 数据标注优秀案例</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="60"/>
        <source>who issued the call</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="62"/>
        <source>e.g. &quot;2026-03-31 17:00&quot;, in the call&apos;s time zone (empty: none)</source>
        <translation>如 &quot;2026-03-31 17:00&quot;，按征集所在时区（留空：无截止时间）</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="64"/>
        <source>e.g. Asia/Shanghai</source>
        <translation>如 Asia/Shanghai</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="66"/>
        <source>the quota of cases per unit</source>
        <translation>每单位推荐案例限额</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="68"/>
        <source>paper copies required per case</source>
        <translation>每个案例须交纸质版份数</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="70"/>
        <source>the call&apos;s directions, comma-separated</source>
        <translation>申报方向，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="73"/>
        <source>a proof every case must hold, with the words that recognise its file (repeatable; --proof &quot;&quot; for none)</source>
        <translation>每个案例须附的证明材料及其文件名识别词（可多次使用；--proof &quot;&quot; 表示不要求）</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="75"/>
        <source>whether a summary table is required</source>
        <translation>是否要求汇总表</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="77"/>
        <source>e.g. &quot;{unit}+数据标注优秀案例&quot;</source>
        <translation>如 &quot;{unit}+数据标注优秀案例&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="79"/>
        <source>e.g. &quot;SJBZ-{year}-{number:04d}&quot;</source>
        <translation>如 &quot;SJBZ-{year}-{number:04d}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="81"/>
        <source>e.g. &quot;SJBZ-{year}-GP{number:03d}&quot;</source>
        <translation>如 &quot;SJBZ-{year}-GP{number:03d}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="104"/>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="106"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="109"/>
        <source>deadline {deadline}; {units} units, {deliveries} deliveries</source>
        <translation>截止时间 {deadline}；单位 {units} 个，收件 {deliveries} 次</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="121"/>
        <source>Call {code} made: {title}. Its first receipt will be {receipt}. Make it current with `intake call use {code}`.</source>
        <translation>已新建征集 {code}：{title}。首个收件编号为 {receipt}。用 `intake call use {code}` 设为当前征集。</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="131"/>
        <source>Call {code} changed.</source>
        <translation>征集 {code} 已修改。</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="140"/>
        <source>Call {code} is now the current call.</source>
        <translation>征集 {code} 已设为当前征集。</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="149"/>
        <source>Call {code} is open again.</source>
        <translation>征集 {code} 已重新开启。</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="158"/>
        <source>Call {code} is closed.</source>
        <translation>征集 {code} 已结束。</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="167"/>
        <source>Call {code} written to {path}.</source>
        <translation>征集 {code} 已导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/call_cmd.py" line="177"/>
        <source>Call {code} added: {title}.</source>
        <translation>已导入征集 {code}：{title}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="20"/>
        <source>the shared register on PostgreSQL</source>
        <translation>PostgreSQL 上的共享登记库</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="23"/>
        <source>copy this desk&apos;s SQLite register, audit trail and all, into PostgreSQL</source>
        <translation>将本收件台的 SQLite 登记库（连同审计记录）复制到 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="27"/>
        <source>the shared folder every desk sees (INTAKE_ARCHIVE): the disc images and mails are copied there and checked</source>
        <translation>各收件台都能访问的共享文件夹（INTAKE_ARCHIVE）：光盘镜像和邮件将复制到该处并核对</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="31"/>
        <source>as the database&apos;s owner (--db OWNER_URL): bring the register up to date and give the desks&apos; role its rights; run again after each upgrade</source>
        <translation>以数据库所有者身份（--db 所有者地址）：升级登记库并为收件台角色授权；每次升级后再运行一次</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="35"/>
        <source>as the database&apos;s owner: make a login for one desk; its address is printed on the last line</source>
        <translation>以数据库所有者身份：为一个收件台建立登录，最后一行输出其连接地址</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="37"/>
        <source>letters, digits and _ (e.g. desk1)</source>
        <translation>字母、数字和 _（如 desk1）</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="41"/>
        <source>show this desk&apos;s name and the public key it signs its entries with (made the first time); IT registers them with db trust-desk</source>
        <translation>显示本收件台的名称及其签署审计记录所用的公钥（首次使用时生成）；由信息技术人员用 db trust-desk 登记</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="45"/>
        <source>as the database&apos;s owner: register a desk&apos;s public key; from then on every entry of the shared register must be signed by the desk that wrote it</source>
        <translation>以数据库所有者身份：登记一个收件台的公钥；此后共享登记库的每条审计记录都必须由写入它的收件台签名</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="47"/>
        <source>the desk&apos;s name as db desk-key shows it</source>
        <translation>收件台名称，与 db desk-key 显示的一致</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="51"/>
        <source>keep the database&apos;s password in this computer&apos;s keyring</source>
        <translation>将数据库密码保存在本机密钥环中</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="76"/>
        <source>Copied {rows} records of {tables} tables; the audit trail of {entries} entries verifies on the copy.</source>
        <translation>已复制 {tables} 张表的 {rows} 条记录；副本上的审计记录（{entries} 条）核验完整。</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="88"/>
        <source>Copied {files} files of the archive to {folder}; every disc and mail the register names is there. Start the desks with INTAKE_DB={url} and INTAKE_ARCHIVE={folder} (or in Settings).</source>
        <translation>已将归档中的 {files} 个文件复制到 {folder}；登记库所列的每张光盘和每封邮件都在其中。请以 INTAKE_DB={url} 和 INTAKE_ARCHIVE={folder}（或在“设置”中）启动各收件台。</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="94"/>
        <source>The disc images and mails stay in {folder}: the other desks see them only if that folder is shared with them. Copy them to a shared folder with --archive, or start the desks with INTAKE_DB={url} and INTAKE_ARCHIVE set to a shared copy.</source>
        <translation>光盘镜像和邮件仍在 {folder}：只有该文件夹与其他收件台共享时，它们才能看到。请用 --archive 复制到共享文件夹，或以 INTAKE_DB={url} 并将 INTAKE_ARCHIVE 设为共享副本启动各收件台。</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="117"/>
        <source>The register is up to date; the desks&apos; role {role} may read and record in its {count} tables, and nobody may change or remove an entry of the audit trail. Make each desk&apos;s login with `intake db add-desk NAME`.</source>
        <translation>登记库已是最新；收件台角色 {role} 可读取并登记其 {count} 张表，任何人都不能修改或删除审计记录。请用 `intake db add-desk 名称` 为每个收件台建立登录。</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="130"/>
        <source>Desk {name} may now use the register. Start it with this address (it holds the desk&apos;s password: give it to that desk only, e.g. in Settings or INTAKE_DB):</source>
        <translation>收件台 {name} 现在可以使用登记库。请用以下地址启动它（地址中含该收件台的密码，只交给该收件台，例如填入“设置”或 INTAKE_DB）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="142"/>
        <source>This desk is {desk}. Give its name and the key below to IT, who registers them: intake --db OWNER_ADDRESS db trust-desk NAME KEY</source>
        <translation>本收件台为 {desk}。请将下面的名称和公钥交给信息技术人员登记：intake --db 所有者地址 db trust-desk 名称 公钥</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="156"/>
        <source>Desk {desk}&apos;s key is registered: every entry it writes is signed with it, and no other desk can write in its name.</source>
        <translation>收件台 {desk} 的公钥已登记：它写入的每条记录都以此签名，其他收件台不能以它的名义写入。</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="164"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../app/cli/db_cmd.py" line="165"/>
        <source>Kept in the keyring.</source>
        <translation>已保存到密钥环。</translation>
    </message>
</context>
<context>
    <name>faults</name>
    <message>
        <location filename="../../app/gui/faults.py" line="38"/>
        <source>The program met an internal error. What you were doing may not have finished; records already saved are safe.</source>
        <translation>程序遇到内部错误，刚才的操作可能没有完成；已保存的记录不受影响。</translation>
    </message>
    <message>
        <location filename="../../app/gui/faults.py" line="41"/>
        <source>The details were written to {path}; please send that file to your support.</source>
        <translation>详细信息已写入 {path}，请将该文件发给技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../app/gui/faults.py" line="43"/>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../app/gui/menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="25"/>
        <source>Open a disc &amp;image…</source>
        <translation>打开光盘镜像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="30"/>
        <source>Open a disc &amp;folder…</source>
        <translation>打开光盘文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="35"/>
        <source>&amp;Printing…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="40"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="45"/>
        <source>&amp;Back up the register…</source>
        <translation>备份登记库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="60"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="61"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="76"/>
        <source>Back up the register into an empty folder (a USB disk, a network share)</source>
        <translation>将登记库备份到一个空文件夹（U盘或网络共享）</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="84"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="89"/>
        <source>The register and {files} archived files ({size}) were copied to {folder}, with a manifest of their digests. Keep the audit key apart from it.</source>
        <translation>登记库和 {files} 个归档文件（{size}）已复制到 {folder}，并附摘要清单。请将审计密钥与备份分开保管。</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="96"/>
        <source>Backing up the register…</source>
        <translation>正在备份登记库…</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="104"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../app/gui/menus.py" line="110"/>
        <source>{name} {version}
Checks the submissions a call receives: discs, paper and the summary table. Works offline; nothing on a disc is ever opened or run.

Data folder: {folder}
Licence: GNU AGPL 3.0 or later</source>
        <translation>{name} {version}
核验征集活动收到的申报材料：光盘、纸质件和汇总表。离线运行，光盘上的任何文件都不会被打开或运行。

数据文件夹：{folder}
许可证：GNU AGPL 3.0 或更高版本</translation>
    </message>
</context>
<context>
    <name>waivers</name>
    <message>
        <location filename="../../app/gui/waivers.py" line="21"/>
        <source>Withdraw the waiver…</source>
        <translation>撤销豁免…</translation>
    </message>
    <message>
        <location filename="../../app/gui/waivers.py" line="24"/>
        <source>Waive the problem…</source>
        <translation>豁免该问题…</translation>
    </message>
    <message>
        <location filename="../../app/gui/waivers.py" line="32"/>
        <source>Withdraw the waiver</source>
        <translation>撤销豁免</translation>
    </message>
    <message>
        <location filename="../../app/gui/waivers.py" line="35"/>
        <source>Withdraw the waiver of “{problem}”? It will count again (the waiver stays in the audit trail).</source>
        <translation>撤销对“{problem}”的豁免吗？该问题将重新计入（豁免记录仍保留在审计记录中）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/waivers.py" line="41"/>
        <source>Waive the problem</source>
        <translation>豁免问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/waivers.py" line="44"/>
        <source>Why may “{problem}” be set aside? The reason is kept in the register and printed on the sheet.</source>
        <translation>为什么可以豁免“{problem}”？理由将记入登记库并打印在核验单上。</translation>
    </message>
</context>
</TS>
