<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests. The server asked to wait %n seconds.</source>
        <translation>
            <numerusform>Too many requests. The server asked to wait %n second.</numerusform>
            <numerusform>Too many requests. The server asked to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::containers::ContainerFormat</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::files::DownloadJob</name>
    <message numerus="yes">
        <source>The server ended the download after %1 of %2. It stops downloads that take longer than %n second(s); retry, or use a faster connection for files this large.</source>
        <translation>
            <numerusform>The server ended the download after %1 of %2. It stops downloads that take longer than %n second; retry, or use a faster connection for files this large.</numerusform>
            <numerusform>The server ended the download after %1 of %2. It stops downloads that take longer than %n seconds; retry, or use a faster connection for files this large.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::files::TransferQueue</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) skipped: names that cannot be a file name, folders seen before, or too deep.</source>
        <translation>
            <numerusform>%n entry skipped: a name that cannot be a file name, a folder seen before, or too deep.</numerusform>
            <numerusform>%n entries skipped: names that cannot be a file name, folders seen before, or too deep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::files::UploadStream</name>
    <message numerus="yes">
        <source>Nothing was sent or received for %n second(s).</source>
        <translation>
            <numerusform>Nothing was sent or received for %n second.</numerusform>
            <numerusform>Nothing was sent or received for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::terminal::TerminalSession</name>
    <message numerus="yes">
        <source>Could not reconnect after %n attempt(s).</source>
        <translation>
            <numerusform>Could not reconnect after %n attempt.</numerusform>
            <numerusform>Could not reconnect after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::ConflictDialog</name>
    <message numerus="yes">
        <source>Do the same for the other %n conflict(s) in this transfer</source>
        <translation>
            <numerusform>Do the same for the other conflict in this transfer</numerusform>
            <numerusform>Do the same for the other %n conflicts in this transfer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::FileBrowser</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download %n Item(s) To</source>
        <translation>
            <numerusform>Download %n Item To</numerusform>
            <numerusform>Download %n Items To</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Delete this item?</numerusform>
            <numerusform>Delete these %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected (%1)</source>
        <comment>how many are selected, then their files&apos; total size</comment>
        <translation>
            <numerusform>%n selected (%1)</numerusform>
            <numerusform>%n selected (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
…and %n more.

They are deleted in the container for good; there is no bin to restore them from.</source>
        <comment>%1: the first names, one per line; %n: how many more are deleted</comment>
        <translation>
            <numerusform>%1
…and %n more.

They are deleted in the container for good; there is no bin to restore them from.</numerusform>
            <numerusform>%1
…and %n more.

They are deleted in the container for good; there is no bin to restore them from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be deleted. The first, “%1”: %2</source>
        <translation>
            <numerusform>%n item could not be deleted. “%1”: %2</numerusform>
            <numerusform>%n items could not be deleted. The first, “%1”: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::MainWindow</name>
    <message numerus="yes">
        <source>The server asked to wait: %n s</source>
        <translation>
            <numerusform>The server asked to wait: %n s</numerusform>
            <numerusform>The server asked to wait: %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n container(s)?</source>
        <translation>
            <numerusform>Stop %n container?</numerusform>
            <numerusform>Stop %n containers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open tab(s) will lose their connection.</source>
        <translation>
            <numerusform>%n open tab will lose its connection.</numerusform>
            <numerusform>%n open tabs will lose their connection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n containers and all their files?</source>
        <translation>
            <numerusform>Delete this container and all its files?</numerusform>
            <numerusform>Delete these %n containers and all their files?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open terminal or file tab(s) will close.</source>
        <translation>
            <numerusform>%n open terminal or file tab will close.</numerusform>
            <numerusform>%n open terminal or file tabs will close.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::TransferPanel</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n waiting for an answer</numerusform>
            <numerusform>%n waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n file(s) could not be transferred.</source>
        <translation>
            <numerusform>“%1”: %n file could not be transferred.</numerusform>
            <numerusform>“%1”: %n files could not be transferred.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be transferred.</source>
        <translation>
            <numerusform>%n file could not be transferred.</numerusform>
            <numerusform>%n files could not be transferred.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) arrived.</source>
        <translation>
            <numerusform>%n other file arrived.</numerusform>
            <numerusform>%n other files arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) saved in %1.</source>
        <translation>
            <numerusform>%n item saved in %1.</numerusform>
            <numerusform>%n items saved in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) uploaded to %1 in %2.</source>
        <translation>
            <numerusform>%n item uploaded to %1 in %2.</numerusform>
            <numerusform>%n items uploaded to %1 in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rexec::ui::TrayIcon</name>
    <message numerus="yes">
        <source>%1
%n transfer(s) under way</source>
        <translation>
            <numerusform>%1
%n transfer under way</numerusform>
            <numerusform>%1
%n transfers under way</numerusform>
        </translation>
    </message>
</context>
</TS>
