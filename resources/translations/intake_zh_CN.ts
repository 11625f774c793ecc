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
        <location filename="../../app/gui/main_window.py" line="299" />
        <source>(not in the summary table)</source>
        <translation>（汇总表中未列出）</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="301" />
        <source>✓ {pages} pages</source>
        <translation>✓ 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="302" />
        <source>page {pages}</source>
        <translation>第 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="304" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="320" />
        <source>editable version</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="320" />
        <source>stamped scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="321" />
        <source>proof</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="321" />
        <source>summary table</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="322" />
        <source>summary table scan</source>
        <translation>汇总表盖章件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="322" />
        <source>archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="323" />
        <source>program</source>
        <translation>可执行程序</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="323" />
        <source>autorun</source>
        <translation>自动运行文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="324" />
        <source>junk</source>
        <translation>临时/系统文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="324" />
        <source>read-me note</source>
        <translation>说明文件</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325" />
        <source>superseded</source>
        <translation>已被更正替代</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="356" />
        <source>readable</source>
        <translation>可读</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="356" />
        <source>partly readable</source>
        <translation>部分可读</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="357" />
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="369" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="369" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="370" />
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="331" />
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
        <location filename="../../app/cli/inspect_cmd.py" line="21" />
        <source>readable</source>
        <translation>可读</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="22" />
        <source>partly readable</source>
        <translation>部分可读</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="23" />
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
        <location filename="../../app/cli/inspect_cmd.py" line="27" />
        <source>list what is on a disc image or folder</source>
        <translation>列出光盘镜像或文件夹中的内容</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_command.py" line="21" />
        <source>ISO image, optical drive device or mounted folder</source>
        <translation>ISO 镜像文件、光驱设备或已挂载的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_command.py" line="24" />
        <source>also write the JSON report (- for standard output)</source>
        <translation>同时输出 JSON 报告（- 表示标准输出）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="30" />
        <source>also compute SM3 digests (slower)</source>
        <translation>同时计算 SM3 摘要（较慢）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="31" />
        <source>print no table</source>
        <translation>不输出表格</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="38" />
        <source>Source: {path} ({size})</source>
        <translation>来源：{path}（{size}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="47" />
        <source>(ISO9660 level {level})</source>
        <translation>（ISO9660 级别 {level}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="49" />
        <source>Label: {label}</source>
        <translation>卷标：{label}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="52" />
        <source>Other labels: {labels}</source>
        <translation>其他卷标：{labels}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="54" />
        <source>File systems: {systems}</source>
        <translation>文件系统：{systems}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="55" />
        <source>Sessions: {count}</source>
        <translation>区段数：{count}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="57" />
        <source>Readable: {state}</source>
        <translation>读取情况：{state}</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="64" />
        <location filename="../../app/cli/verify_cmd.py" line="69" />
        <source>Problems ({count}):</source>
        <translation>发现问题（{count} 项）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="67" />
        <source>Files ({count}):</source>
        <translation>文件（{count} 个）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="68" />
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="71" />
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="71" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/cli/inspect_cmd.py" line="71" />
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
        <location filename="../../app/cli/progress.py" line="15" />
        <source>Checking</source>
        <translation>核验中</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="16" />
        <source>Archiving</source>
        <translation>归档中</translation>
    </message>
    <message>
        <location filename="../../app/cli/progress.py" line="17" />
        <source>Backing up</source>
        <translation>备份中</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="36" />
        <source>No such file or folder: {path}</source>
        <translation>找不到文件或文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="37" />
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="38" />
        <source>No keyring is available to hold the audit key ({reason}). Either start the system keyring, or keep the key in a file with `intake audit make-keyfile` (it will be {key_file}).</source>
        <translation>没有可用的系统密钥环来保存审计密钥（{reason}）。请启动系统密钥环，或用 `intake audit make-keyfile` 将密钥保存到文件（位置：{key_file}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="42" />
        <source>The keyring holds no audit key for this register. Place the key file of this register at {key_file}, or restore the keyring.</source>
        <translation>系统密钥环中没有本登记库的审计密钥。请将本登记库的密钥文件放到 {key_file}，或恢复密钥环。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="45" />
        <source>No unit named {unit} in the register (see `intake status`).</source>
        <translation>登记库中没有名为 {unit} 的单位（见 `intake status`）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="47" />
        <source>The unit's name is empty.</source>
        <translation>单位名称为空。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="48" />
        <source>Nothing has been received from {unit} yet: log the delivery with `intake receive` first.</source>
        <translation>尚未登记 {unit} 的送件：请先用 `intake receive` 登记送件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="51" />
        <source>No delivery has receipt number {receipt}.</source>
        <translation>没有收件单号为 {receipt} 的送件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="52" />
        <source>Receipt {receipt} belongs to {unit}.</source>
        <translation>收件单 {receipt} 属于 {unit}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="54" />
        <source>Unknown delivery method {method}; use one of {methods}.</source>
        <translation>未知的送件方式 {method}；可用：{methods}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="56" />
        <source>Copies received ({received}) and stamped ({stamped}) do not add up.</source>
        <translation>收到份数（{received}）与盖章份数（{stamped}）不符。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="58" />
        <source>Cannot read the time {text}; write it like 2025-10-24 17:30.</source>
        <translation>无法识别时间 {text}；请按 2025-10-24 17:30 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="60" />
        <source>{unit} has no finding {ref} (see `intake status --unit`).</source>
        <translation>{unit} 没有问题项 {ref}（见 `intake status --unit`）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="62" />
        <source>{key} is already waived.</source>
        <translation>{key} 已经豁免。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="63" />
        <source>A waiver needs a reason.</source>
        <translation>豁免必须填写理由。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="64" />
        <source>No disc numbered {disc} in the register.</source>
        <translation>登记库中没有编号为 {disc} 的光盘。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="65" />
        <source>{path} changed while it was being read; nothing was recorded. Add it again.</source>
        <translation>{path} 在读取过程中发生了变化，未作登记。请重新添加。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="67" />
        <source>{path} is not empty; back up into a new or empty folder.</source>
        <translation>{path} 不是空文件夹；请备份到新的或空的文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="69" />
        <source>{path} holds no MANIFEST.json: it is not a backup made by Intake Desk.</source>
        <translation>{path} 中没有 MANIFEST.json：不是收件核验台生成的备份。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="71" />
        <source>The backup's manifest {path} is damaged; nothing was restored.</source>
        <translation>备份清单 {path} 已损坏；未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="73" />
        <source>The backup lacks {path}; nothing was restored.</source>
        <translation>备份中缺少 {path}；未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="75" />
        <source>{path} in the backup does not match its manifest; nothing was restored.</source>
        <translation>备份中的 {path} 与清单不符；未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="77" />
        <source>{path} in the backup is not in its manifest; nothing was restored.</source>
        <translation>备份中的 {path} 不在清单内；未恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="79" />
        <source>Delivery {receipt} needs no return notice: its unit's verdict is {verdict}.</source>
        <translation>收件 {receipt} 无需退回补正通知：该单位的核验结论为 {verdict}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="81" />
        <source>Cannot read the workbook {path}: {reason}</source>
        <translation>无法读取工作簿 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="82" />
        <source>This register holds no call {call}; it holds {known}.</source>
        <translation>登记库中没有征集活动 {call}；现有的是 {known}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="89" />
        <source>Intake Desk command line</source>
        <translation>收件核验台命令行</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="93" />
        <source>data folder (default: INTAKE_DATA or the user's data folder)</source>
        <translation>数据文件夹（默认：INTAKE_DATA 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="95" />
        <source>language of the output</source>
        <translation>输出语言</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="112" />
        <source>Error: {code}</source>
        <translation>错误：{code}</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="135" />
        <location filename="../../app/cli/main.py" line="143" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="147" />
        <source>Internal error; please report it with this text:</source>
        <translation>程序内部错误，请将以下信息报告给维护人员：</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="25" />
        <source>check a disc against the call and its summary table</source>
        <translation>按征集通知和汇总表核验光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="24" />
        <source>discs in the register</source>
        <translation>登记库中的光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="27" />
        <source>check a disc, archive its image and record it</source>
        <translation>核验光盘、归档镜像并登记</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="30" />
        <source>the recommending unit that delivered it</source>
        <translation>送件的推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="32" />
        <location filename="../../app/cli/verify_cmd.py" line="29" />
        <source>the unit's summary table, when it is not on the disc</source>
        <translation>推荐单位的汇总表（光盘中没有时另行指定）</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="35" />
        <source>what is written on the disc</source>
        <translation>光盘盘面上的文字</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="37" />
        <source>when it arrived, if no delivery was logged for it (default: now)</source>
        <translation>送达时间（尚未登记送件时使用；默认：现在）</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="42" />
        <source>re-check an archived disc: files changed or missing</source>
        <translation>复核已归档光盘：文件是否被改动或缺失</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="53" />
        <source>Disc {disc} of {unit}, receipt {receipt}; image kept as {image}.</source>
        <translation>{unit} 的光盘 {disc}，收件单号 {receipt}；镜像已归档为 {image}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="60" />
        <source>With its paper and delivery, {unit} stands at: {verdict} (see `intake status --unit`).</source>
        <translation>结合纸质版与送件情况，{unit} 目前为：{verdict}（见 `intake status --unit`）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="80" />
        <source>The archived image {image} is missing.</source>
        <translation>归档镜像 {image} 已丢失。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="84" />
        <source>The archived image no longer matches its SHA-256.</source>
        <translation>归档镜像与登记的 SHA-256 不再一致。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="87" />
        <source>Case {case}:</source>
        <translation>案例 {case}：</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="88" />
        <source>Not tied to a case:</source>
        <translation>未归入案例：</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="89" />
        <source>changed</source>
        <translation>已改动</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="90" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="91" />
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="101" />
        <source>Disc {disc}: intact ({files} files).</source>
        <translation>光盘 {disc}：完好（{files} 个文件）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="104" />
        <source>Disc {disc} has changed since it was received:</source>
        <translation>光盘 {disc} 自收件以来已发生变化：</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="31" />
        <source>the recommending unit that delivered</source>
        <translation>送件的推荐单位名称</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="39" />
        <location filename="../../app/cli/verify_cmd.py" line="32" />
        <source>print no summary</source>
        <translation>不输出摘要</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="35" />
        <source>also write a disc-verification sheet (a pre-check: the disc is not registered)</source>
        <translation>同时生成光盘核验单（预检：光盘未登记收件）</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="48" />
        <source>Summary table: {path} (sheet {sheet}, {count} rows)</source>
        <translation>汇总表：{path}（工作表 {sheet}，{count} 行）</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="52" />
        <source>Recommending unit: {unit}</source>
        <translation>推荐单位：{unit}</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="63" />
        <source>Order</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="63" />
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="64" />
        <source>Editable</source>
        <translation>可编辑版</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="64" />
        <source>Scan</source>
        <translation>盖章扫描件</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="65" />
        <source>Seal on pages</source>
        <translation>有印章的页</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="65" />
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/cli/verify_cmd.py" line="66" />
        <source>Cases ({count}):</source>
        <translation>案例（{count} 个）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/disc_cmd.py" line="57" />
        <location filename="../../app/cli/status_cmd.py" line="99" />
        <location filename="../../app/cli/verify_cmd.py" line="72" />
        <source>Verdict: {verdict}</source>
        <translation>核验结论：{verdict}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="20" />
        <source>the register's audit trail</source>
        <translation>登记库的审计记录</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="23" />
        <source>check that no entry was changed, removed or added</source>
        <translation>检查审计记录是否被修改、删除或插入</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="27" />
        <source>keep the audit key in a file when there is no keyring</source>
        <translation>无系统密钥环时将审计密钥保存到文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="37" />
        <source>The register was tampered with: {what}</source>
        <translation>登记库已被篡改：{what}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="46" />
        <source>Audit trail intact: {count} entries.</source>
        <translation>审计记录完整：共 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="35" />
        <source>The audit trail was tampered with: entry {entry}: {reason}</source>
        <translation>审计记录已被篡改：第 {entry} 条：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/audit_cmd.py" line="56" />
        <source>The audit key is now in {path}. Anyone who has this file can rewrite the audit trail unnoticed: keep it apart from the database and its backups.</source>
        <translation>审计密钥已保存到 {path}。持有此文件者可以改写审计记录而不被发现：请将其与数据库及其备份分开保管。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="19" />
        <source>copy the register and the disc archive, with a manifest of hashes</source>
        <translation>备份登记库和光盘归档，并生成摘要清单</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="21" />
        <source>an empty or new folder</source>
        <translation>空的或新的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="24" />
        <source>check a backup against its manifest and put it in place</source>
        <translation>按清单校验备份后恢复</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="26" />
        <source>a folder made by backup</source>
        <translation>由 backup 生成的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="34" />
        <source>Backed up {files} files ({size}) to {folder}.</source>
        <translation>已备份 {files} 个文件（{size}）到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="36" />
        <source>The audit key is not in the backup: keep it (keyring or key file) to verify the trail after a restore.</source>
        <translation>备份中不含审计密钥：请另行保管（系统密钥环或密钥文件），以便恢复后校验审计记录。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="44" />
        <source>Restored {files} files.</source>
        <translation>已恢复 {files} 个文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="46" />
        <source>The register that was there is kept in {path}.</source>
        <translation>原有登记库已保留在 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/backup_cmd.py" line="49" />
        <source>The audit key of this register is not on this machine: place its key file before making changes.</source>
        <translation>本机没有该登记库的审计密钥：修改前请先放置其密钥文件。</translation>
    </message>
    <message>
        <source>The restored audit trail does not verify: entry {entry}: {reason}</source>
        <translation>恢复后的审计记录校验未通过：第 {entry} 条：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="28" />
        <source>the recommending units</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="31" />
        <source>list units the call expects, before anything arrives</source>
        <translation>登记应报送的推荐单位（送件前）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="35" />
        <source>log a delivery and give its receipt number</source>
        <translation>登记送件并给出收件单号</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="38" />
        <source>the recommending unit</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="40" />
        <source>when it arrived, e.g. "2025-10-24 17:30" (default: now)</source>
        <translation>送达时间，如 "2025-10-24 17:30"（默认：现在）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="43" />
        <source>who delivered it</source>
        <translation>送件人</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="44" />
        <source>the deliverer's phone</source>
        <translation>送件人电话</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="46" />
        <source>by hand, post or courier</source>
        <translation>送件方式：hand 当面、post 邮寄、courier 快递</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="48" />
        <source>the post or courier tracking number</source>
        <translation>邮寄或快递单号</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="50" />
        <source>the stamped paper summary table came with it</source>
        <translation>同时收到盖章纸质汇总表</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="54" />
        <source>record paper copies received</source>
        <translation>登记收到的纸质版</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="57" />
        <source>the case by its order or name (default: every case)</source>
        <translation>案例的推荐顺序或名称（默认：每个案例）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="60" />
        <source>copies received</source>
        <translation>收到份数</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="62" />
        <source>of those, copies stamped (default: all)</source>
        <translation>其中盖章份数（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="64" />
        <source>the stamped paper summary table was received</source>
        <translation>已收到盖章纸质汇总表</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="66" />
        <source>the delivery (default: the unit's latest)</source>
        <translation>送件（默认：该单位最近一次）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="69" />
        <source>note an e-mail submission</source>
        <translation>登记电子邮件报送</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="71" />
        <source>when it was received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="77" />
        <source>set a finding aside, with the reason</source>
        <translation>豁免一项问题并说明理由</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="80" />
        <source>its number in `status --unit` or its key</source>
        <translation>`status --unit` 中的序号或问题标识</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="82" />
        <source>why it is set aside (kept in the audit trail)</source>
        <translation>豁免理由（记入审计记录）</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="89" />
        <source>{count} units expected.</source>
        <translation>已登记 {count} 个应报送单位。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="99" />
        <source>Receipt {number}: {unit}, received {time}.</source>
        <translation>收件单 {number}：{unit}，{time} 收到。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="103" />
        <source>Warning: this delivery came after the deadline.</source>
        <translation>注意：本次送件已超过截止时间。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="110" />
        <source>Say --received N, --summary, or both.</source>
        <translation>请指定 --received N、--summary 或两者。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="119" />
        <location filename="../../app/cli/register_cmd.py" line="128" />
        <source>Recorded.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="135" />
        <source>Waived ({key}):</source>
        <translation>已豁免（{key}）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/register_cmd.py" line="137" />
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="19" />
        <source>by hand</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="20" />
        <source>by post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="21" />
        <source>by courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="25" />
        <source>where the call stands</source>
        <translation>征集进展</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="27" />
        <source>one unit in full, with its findings numbered</source>
        <translation>单个单位的详细情况（问题编号）</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="29" />
        <source>also write the status as JSON (- for standard output)</source>
        <translation>同时输出 JSON 格式（- 表示标准输出）</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="46" />
        <source>Deadline: {deadline} ({zone})</source>
        <translation>截止时间：{deadline}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="50" />
        <source>Units: {units}, delivered {delivered}, not delivered {missing}, late {late}</source>
        <translation>单位：{units}，已送达 {delivered}，未送达 {missing}，逾期 {late}</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="60" />
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="63" />
        <location filename="../../app/cli/status_cmd.py" line="101" />
        <source>not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="65" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="65" />
        <source>Received</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="66" />
        <source>Receipts</source>
        <translation>收件单号</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="66" />
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="67" />
        <source>Discs</source>
        <translation>光盘</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="67" />
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="68" />
        <source>Paper</source>
        <translation>纸质版</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="68" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="77" />
        <source>Receipt {receipt}: {time}, {method}{late}</source>
        <translation>收件单 {receipt}：{time}，{method}{late}</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="80" />
        <source>, late</source>
        <translation>，逾期</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="82" />
        <source>Disc {disc}: {files} files, {verdict}</source>
        <translation>光盘 {disc}：{files} 个文件，{verdict}</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="85" />
        <source>Paper, case {case}: {received} of {required} copies, {stamped} stamped</source>
        <translation>纸质版，案例 {case}：收到 {received}/{required} 份，盖章 {stamped} 份</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="90" />
        <source>Findings ({count}):</source>
        <translation>问题（{count} 项）：</translation>
    </message>
    <message>
        <location filename="../../app/cli/status_cmd.py" line="96" />
        <source>waived by {who}: {reason}</source>
        <translation>{who} 已豁免：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="22" />
        <source>disc-verification sheet of disc {subject}</source>
        <translation>光盘 {subject} 的核验单</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="23" />
        <source>receipt slip of delivery {subject}</source>
        <translation>收件 {subject} 的收件回执</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="24" />
        <source>return-for-correction notice of delivery {subject}</source>
        <translation>收件 {subject} 的退回补正通知</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="30" />
        <source>print the disc-verification sheet of a disc</source>
        <translation>打印光盘核验单</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="31" />
        <source>the disc number, e.g. SJBZ-2025-GP001</source>
        <translation>载体编号，如 SJBZ-2025-GP001</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="32" />
        <source>print the receipt slip of a delivery</source>
        <translation>打印收件回执</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="33" />
        <location filename="../../app/cli/printout_cmd.py" line="35" />
        <source>the receipt number, e.g. SJBZ-2025-0001</source>
        <translation>收件编号，如 SJBZ-2025-0001</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="34" />
        <source>print the return-for-correction notice of a delivery</source>
        <translation>打印退回补正通知</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="39" />
        <source>where to write the PDF</source>
        <translation>PDF 保存位置</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="42" />
        <source>tell whether a printout was made here</source>
        <translation>查验打印件是否由本程序生成</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="45" />
        <source>check a printout's receipt number and code</source>
        <translation>查验打印件的收件编号和核验码</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="57" />
        <source>Wrote the {what} to {path} (verification code {code}).</source>
        <translation>已将{what}保存到 {path}（核验码 {code}）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="66" />
        <source>Not genuine: this register made no printout with receipt number {receipt} and code {code}.</source>
        <translation>非本程序出具：本登记库没有收件编号为 {receipt}、核验码为 {code} 的打印件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="72" />
        <source>Not genuine: the record of the {what} was changed outside Intake Desk.</source>
        <translation>无法确认：{what}的存档记录已在收件核验台之外被改动。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="75" />
        <source>Genuine: the {what}, printed {made_at} by {made_by}.</source>
        <translation>确为本程序出具：{what}，{made_at} 由 {made_by} 打印。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="78" />
        <source>It is current: the register still says what it says.</source>
        <translation>当前有效：登记库中的信息与其一致。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="80" />
        <source>Superseded: the register has changed since it was printed.</source>
        <translation>已失效：打印后登记信息已有变化。</translation>
    </message>
    <message>
        <location filename="../../app/cli/printout_cmd.py" line="82" />
        <source>  later printout {code}, printed {made_at}</source>
        <translation>  之后的打印件 {code}，打印于 {made_at}</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="16" />
        <source>write the master workbook of a call, with its cases' files beside it</source>
        <translation>导出征集活动的总汇总表，并附各案例文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="19" />
        <source>the call, e.g. shaanxi-2025-data-annotation</source>
        <translation>征集活动，如 shaanxi-2025-data-annotation</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="21" />
        <source>where to write the workbook</source>
        <translation>工作簿保存位置</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="23" />
        <source>do not copy the cases' files out</source>
        <translation>不复制案例文件</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="26" />
        <source>take back the remarks written in a master workbook</source>
        <translation>导入总汇总表中填写的备注和初审意见</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="34" />
        <source>Wrote {path}: {units} units, {cases} cases, {files} files.</source>
        <translation>已保存 {path}：{units} 个单位，{cases} 个案例，{files} 个文件。</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="37" />
        <source>Copied {count} files of the cases to {folder}.</source>
        <translation>已将 {count} 个案例文件复制到 {folder}。</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="40" />
        <source>Not copied (missing or changed in the archive): {file}</source>
        <translation>未复制（归档中缺失或已改变）：{file}</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="49" />
        <source>Nothing to take back: the register already holds what the workbook says.</source>
        <translation>无需导入：登记库中已有工作簿中的全部内容。</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="52" />
        <source>{key}: {column} “{old}” → “{new}”</source>
        <translation>{key}：{column} “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="55" />
        <source>Not taken ({sheet}, {key}, {column}): it is a fact of the register, not a remark.</source>
        <translation>未导入（{sheet}，{key}，{column}）：此项为登记事实，不是备注。</translation>
    </message>
    <message>
        <location filename="../../app/cli/workbook_cmd.py" line="59" />
        <source>Not taken ({sheet}, {key}): no such row in the register.</source>
        <translation>未导入（{sheet}，{key}）：登记库中没有这一行。</translation>
    </message>
</context>
</TS>