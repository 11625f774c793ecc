<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="66" />
        <source>Intake Desk</source>
        <translation>收件核验台</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="77" />
        <source>Open disc &amp;image…</source>
        <translation>打开光盘镜像(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="80" />
        <source>Open disc &amp;folder…</source>
        <translation>打开光盘文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="83" />
        <source>&amp;Disc</source>
        <translation>光盘(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="87" />
        <source>Open disc image…</source>
        <translation>打开光盘镜像…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="89" />
        <source>Open disc folder…</source>
        <translation>打开光盘文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="91" />
        <source>or drop an image file (.iso) or a folder on this window</source>
        <translation>或将镜像文件（.iso）或文件夹拖放到本窗口</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="100" />
        <source>Disc label</source>
        <translation>光盘卷标</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="101" />
        <source>File systems</source>
        <translation>文件系统</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="102" />
        <source>Sessions</source>
        <translation>区段数</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="102" />
        <source>Readable</source>
        <translation>读取情况</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="103" />
        <source>Image SHA-256</source>
        <translation>镜像 SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="108" />
        <source>Disc</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="128" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="129" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121" />
        <location filename="../../app/gui/main_window.py" line="134" />
        <source>Problems</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="110" />
        <source>Open a disc to check it.</source>
        <translation>请打开光盘镜像或文件夹进行核验。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119" />
        <source>Order</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119" />
        <location filename="../../app/gui/main_window.py" line="131" />
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="119" />
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>Editable version</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="120" />
        <source>Stamped scan</source>
        <translation>盖章版扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="121" />
        <source>Seal</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="124" />
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="131" />
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="131" />
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="132" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="135" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="150" />
        <source>Ready. Nothing on a disc is ever opened or run.</source>
        <translation>就绪。本程序不会打开或运行光盘中的任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="174" />
        <source>Open disc image</source>
        <translation>打开光盘镜像</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="175" />
        <source>Disc images (*.iso *.img *.udf);;All files (*)</source>
        <translation>光盘镜像 (*.iso *.img *.udf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="181" />
        <source>Open disc folder</source>
        <translation>打开光盘文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="204" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="205" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="206" />
        <source>Reading the disc</source>
        <translation>正在读取光盘</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="215" />
        <source>Reading {path}…</source>
        <translation>正在读取 {path}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222" />
        <source>Checking the stamped scans…</source>
        <translation>正在核验盖章扫描件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="245" />
        <source>The source cannot be opened: {path}</source>
        <translation>无法打开：{path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="250" />
        <source>An internal error stopped the reading. Please report it:
{error}</source>
        <translation>程序内部错误，读取已中止。请将以下信息报告给维护人员：
{error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="252" />
        <source>Reading failed.</source>
        <translation>读取失败。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="253" />
        <source>Reading failed</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="258" />
        <source>Reading cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="273" />
        <source>{cases} cases · {errors} errors · {warnings} warnings</source>
        <translation>{cases} 个案例 · {errors} 项错误 · {warnings} 项警告</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301" />
        <source>(not in the summary table)</source>
        <translation>（汇总表中未列出）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303" />
        <source>✓ {pages} pages</source>
        <translation>✓ 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="304" />
        <source>page {pages}</source>
        <translation>第 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="306" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="322" />
        <source>editable version</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="322" />
        <source>stamped scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="323" />
        <source>proof</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="323" />
        <source>summary table</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="324" />
        <source>summary table scan</source>
        <translation>汇总表盖章件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="324" />
        <source>archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325" />
        <source>program</source>
        <translation>可执行程序</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325" />
        <source>autorun</source>
        <translation>自动运行文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="326" />
        <source>junk</source>
        <translation>临时/系统文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="326" />
        <source>read-me note</source>
        <translation>说明文件</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="327" />
        <source>superseded</source>
        <translation>已被更正替代</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="327" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="358" />
        <source>readable</source>
        <translation>可读</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="358" />
        <source>partly readable</source>
        <translation>部分可读</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="359" />
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="371" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="371" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="372" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="333" />
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="284" />
        <source>{files} files, {problems} problems.</source>
        <translation>共 {files} 个文件，{problems} 项问题。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="24" />
        <source>readable</source>
        <translation>可读</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="25" />
        <source>partly readable</source>
        <translation>部分可读</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="26" />
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../app/cli/findings_text.py" line="13" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/cli/findings_text.py" line="14" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/cli/findings_text.py" line="15" />
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="30" />
        <source>list what is on a disc image or folder</source>
        <translation>列出光盘镜像或文件夹中的内容</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="12" />
        <source>ISO image, optical drive device or mounted folder</source>
        <translation>ISO 镜像文件、光驱设备或已挂载的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli/arguments.py" line="15" />
        <source>also write the JSON report (- for standard output)</source>
        <translation>同时输出 JSON 报告（- 表示标准输出）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="33" />
        <source>also compute SM3 digests (slower)</source>
        <translation>同时计算 SM3 摘要（较慢）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="34" />
        <source>print no table</source>
        <translation>不输出表格</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="41" />
        <source>Source: {path} ({size})</source>
        <translation>来源：{path}（{size}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="50" />
        <source>(ISO9660 level {level})</source>
        <translation>（ISO9660 级别 {level}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="52" />
        <source>Label: {label}</source>
        <translation>卷标：{label}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="55" />
        <source>Other labels: {labels}</source>
        <translation>其他卷标：{labels}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="57" />
        <source>File systems: {systems}</source>
        <translation>文件系统：{systems}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="58" />
        <source>Sessions: {count}</source>
        <translation>区段数：{count}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="60" />
        <source>Readable: {state}</source>
        <translation>读取情况：{state}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="67" />
        <location filename="../../app/cli/verify_cmd.py" line="70" />
        <source>Problems ({count}):</source>
        <translation>发现问题（{count} 项）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="70" />
        <source>Files ({count}):</source>
        <translation>文件（{count} 个）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="71" />
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="74" />
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="74" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="74" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="13" />
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="14" />
        <source>Hashing</source>
        <translation>计算摘要</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="26" />
        <source>No such file or folder: {path}</source>
        <translation>找不到文件或文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="27" />
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="28" />
        <source>No keyring is available to hold the audit key ({reason}). Either start the system keyring, or keep the key in a file with `intake audit make-keyfile` (it will be {key_file}).</source>
        <translation>没有可用的系统密钥环来保存审计密钥（{reason}）。请启动系统密钥环，或用 `intake audit make-keyfile` 将密钥保存到文件（位置：{key_file}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="32" />
        <source>The keyring holds no audit key for this register. Place the key file of this register at {key_file}, or restore the keyring.</source>
        <translation>系统密钥环中没有本登记库的审计密钥。请将本登记库的密钥文件放到 {key_file}，或恢复密钥环。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="40" />
        <source>Intake Desk command line</source>
        <translation>收件核验台命令行</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="44" />
        <source>data folder (default: INTAKE_DATA or the user's data folder)</source>
        <translation>数据文件夹（默认：INTAKE_DATA 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="46" />
        <source>language of the output</source>
        <translation>输出语言</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="57" />
        <source>Error: {code}</source>
        <translation>错误：{code}</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="80" />
        <location filename="../../app/cli/main.py" line="88" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="92" />
        <source>Internal error; please report it with this text:</source>
        <translation>程序内部错误，请将以下信息报告给维护人员：</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="26" />
        <source>check a disc against the call and its summary table</source>
        <translation>按征集通知和汇总表核验光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="30" />
        <source>the unit's summary table, when it is not on the disc</source>
        <translation>推荐单位的汇总表（光盘中没有时另行指定）</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="32" />
        <source>the recommending unit that delivered</source>
        <translation>送件的推荐单位名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="33" />
        <source>print no summary</source>
        <translation>不输出摘要</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="45" />
        <source>Summary table: {path} (sheet {sheet}, {count} rows)</source>
        <translation>汇总表：{path}（工作表 {sheet}，{count} 行）</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="49" />
        <source>Recommending unit: {unit}</source>
        <translation>推荐单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="64" />
        <source>Order</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="64" />
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="65" />
        <source>Editable</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="65" />
        <source>Scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="66" />
        <source>Seal on pages</source>
        <translation>有印章的页</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="66" />
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="67" />
        <source>Cases ({count}):</source>
        <translation>案例（{count} 个）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="73" />
        <source>Verdict: {verdict}</source>
        <translation>核验结论：{verdict}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="24" />
        <source>the register's audit trail</source>
        <translation>登记库的审计记录</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="27" />
        <source>check that no entry was changed, removed or added</source>
        <translation>检查审计记录是否被修改、删除或插入</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="31" />
        <source>keep the audit key in a file when there is no keyring</source>
        <translation>无系统密钥环时将审计密钥保存到文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="39" />
        <source>Audit trail intact: {count} entries.</source>
        <translation>审计记录完整：共 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="43" />
        <source>The audit trail was tampered with: entry {entry}: {reason}</source>
        <translation>审计记录已被篡改：第 {entry} 条：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="51" />
        <source>The audit key is now in {path}. Anyone who has this file can rewrite the audit trail unnoticed: keep it apart from the database and its backups.</source>
        <translation>审计密钥已保存到 {path}。持有此文件者可以改写审计记录而不被发现：请将其与数据库及其备份分开保管。</translation>
    </message>
</context>
</TS>