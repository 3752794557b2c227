<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BrowserPage</name>
    <message>
        <source>%1 · Tincan</source>
        <extracomment>Browser tab title: room name · app name</extracomment>
        <translation>%1 · Tincan</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <extracomment>Browser tab title with the number of unread messages in front</extracomment>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Join the chat</source>
        <translation>加入聊天</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>加入 %1</translation>
    </message>
    <message>
        <source>Chat with everyone on this network. Nothing to install.</source>
        <translation>与这个网络中的所有人聊天。无需安装任何东西。</translation>
    </message>
    <message>
        <source>Up to %1 characters. Others see this name.</source>
        <translation>最多 %1 个字符。其他人会看到这个昵称。</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Button that joins the chat</extracomment>
        <translation>加入</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>正在加入……</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <extracomment>Button that joins with the free name the host suggested</extracomment>
        <translation>使用“%1”</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>请输入昵称。</translation>
    </message>
    <message numerus="yes">
        <source>That name is too long. Use at most %n character(s).</source>
        <translation>
            <numerusform>这个昵称太长了。最多只能使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>That name contains invisible or control characters. Please use plain letters, digits and symbols.</source>
        <translation>这个昵称包含不可见字符或控制字符。请只使用普通的字母、数字和符号。</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. How about “%2”?</source>
        <translation>“%1”在这个房间里已被使用。换成“%2”怎么样？</translation>
    </message>
    <message>
        <source>“%1” is already taken in this room. Please pick another name.</source>
        <translation>“%1”在这个房间里已被使用。请换一个昵称。</translation>
    </message>
    <message>
        <source>While you were away, someone else took the name “%1”. Pick a name to rejoin:</source>
        <translation>你离开期间，其他人使用了昵称“%1”。请选择一个昵称重新加入：</translation>
    </message>
    <message>
        <source>Rejoin</source>
        <translation>重新加入</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接……</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <extracomment>Fetching the messages missed while the connection was down</extracomment>
        <translation>正在同步错过的消息……</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost. Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>连接已断开。%n 秒后重新连接……</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the host. Trying again in %n second(s)…</source>
        <translation>
            <numerusform>无法连接到主机。%n 秒后重试……</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>%n 秒后重新连接……</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Your device is offline. Waiting for the network…</source>
        <translation>你的设备已离线。正在等待网络……</translation>
    </message>
    <message>
        <source>Choose a name to rejoin.</source>
        <translation>请选择一个昵称重新加入。</translation>
    </message>
    <message>
        <source>The host refused the connection: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>主机拒绝了连接：%1</translation>
    </message>
    <message>
        <source>The host stopped the chat.</source>
        <translation>主机已结束聊天。</translation>
    </message>
    <message>
        <source>Joining took too long.</source>
        <translation>加入用时过长。</translation>
    </message>
    <message>
        <source>A message was too large for the host.</source>
        <translation>有一条消息对主机来说太大了。</translation>
    </message>
    <message>
        <source>The room is full. Tincan will keep trying.</source>
        <translation>房间已满。Tincan 会继续尝试。</translation>
    </message>
    <message>
        <source>The host could not read a message from this page. Reload the page if this keeps happening.</source>
        <translation>主机无法读取此页面发送的消息。如果反复出现，请重新加载页面。</translation>
    </message>
    <message>
        <source>The host did not understand a request from this page. Reload the page if this keeps happening.</source>
        <translation>主机无法理解此页面的请求。如果反复出现，请重新加载页面。</translation>
    </message>
    <message>
        <source>The host does not know a request this page sent. The host may be an older version.</source>
        <translation>主机不认识此页面发送的请求。主机可能是旧版本。</translation>
    </message>
    <message>
        <source>The page tried to chat before joining. Reload the page if this keeps happening.</source>
        <translation>页面在加入之前就尝试聊天。如果反复出现，请重新加载页面。</translation>
    </message>
    <message>
        <source>You are already in the room.</source>
        <translation>你已经在房间里了。</translation>
    </message>
    <message>
        <source>This page does not match the host’s version. Reload the page.</source>
        <translation>此页面与主机的版本不匹配。请重新加载页面。</translation>
    </message>
    <message>
        <source>That name cannot be used. Use 1 to %1 visible characters, without control or invisible characters.</source>
        <translation>这个昵称无法使用。请使用 1 到 %1 个可见字符，不要包含控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>That name is already taken in this room.</source>
        <translation>这个昵称在此房间里已被使用。</translation>
    </message>
    <message>
        <source>That message is too long for the host.</source>
        <translation>这条消息对主机来说太长了。</translation>
    </message>
    <message>
        <source>You are sending messages too fast. Tincan will send this one again in a moment.</source>
        <translation>你发送消息太快了。Tincan 稍后会重新发送这条消息。</translation>
    </message>
    <message>
        <source>The room is full. Try again later.</source>
        <translation>房间已满。请稍后再试。</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but messages from now on may be lost when the host restarts.</source>
        <translation>主机无法保存聊天记录。聊天会继续，但从现在起的消息可能会在主机重启后丢失。</translation>
    </message>
    <message>
        <source>You joined again from another connection, so this one stopped.</source>
        <translation>你已通过另一个连接重新加入，因此此连接已停止。</translation>
    </message>
    <message>
        <source>The host reported a problem: %1.</source>
        <extracomment>%1 is a machine code such as &quot;rate-limited&quot;</extracomment>
        <translation>主机报告了一个问题：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n person(s) in this room</source>
        <extracomment>Label of the button that opens the list of people</extracomment>
        <translation>
            <numerusform>显示此房间里的 %n 个人</numerusform>
        </translation>
    </message>
    <message>
        <source>In this room</source>
        <translation>此房间中的人</translation>
    </message>
    <message>
        <source>you</source>
        <extracomment>Marks your own name in the list of people</extracomment>
        <translation>你</translation>
    </message>
    <message>
        <source>Sound on for new messages</source>
        <translation>新消息提示音已开启</translation>
    </message>
    <message>
        <source>Sound off for new messages</source>
        <translation>新消息提示音已关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No messages yet. Say hello!</source>
        <translation>还没有消息。打个招呼吧！</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>正在加载更早的消息……</translation>
    </message>
    <message>
        <source>This is the start of the room.</source>
        <translation>这是房间的开始。</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Shown instead of your own name above your messages</extracomment>
        <translation>你</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送……</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Message %1</source>
        <extracomment>Placeholder of the message box; %1 is the room&apos;s name</extracomment>
        <translation>发送消息到 %1</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>输入消息</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Button that sends the message</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line.</source>
        <translation>按 Enter 发送，按 Shift+Enter 换行。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left</source>
        <translation>
            <numerusform>还剩 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long by %n character(s). The limit is %1.</source>
        <translation>
            <numerusform>超出 %n 个字符。上限为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Read out by screen readers: who wrote, then the message</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s)</source>
        <extracomment>Read out by screen readers after a burst of messages</extracomment>
        <translation>
            <numerusform>还有 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>That message cannot be sent: it has nothing visible in it, or a control character.</source>
        <translation>无法发送这条消息：其中没有可见内容，或含有控制字符。</translation>
    </message>
    <message>
        <source>Access code</source>
        <extracomment>Label of the field for the room&apos;s access code (a few letters and digits the host gives out)</extracomment>
        <translation>访问码</translation>
    </message>
    <message>
        <source>This room needs an access code. Ask the host for it.</source>
        <translation>此聊天室需要访问码。请向主持人索取。</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host.</source>
        <translation>访问码不正确。请向主持人核对。</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <extracomment>The host removed this person; they may rejoin</extracomment>
        <translation>主持人已将你移出聊天。</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <extracomment>Said at the moment the host bans this person, who was in the chat</extracomment>
        <translation>主持人已将你从此聊天中封禁。</translation>
    </message>
    <message>
        <source>The host has banned you from this chat.</source>
        <extracomment>Said when a banned person tries to join</extracomment>
        <translation>主持人已禁止你加入此聊天。</translation>
    </message>
    <message>
        <source>The host has locked the room. Nobody new can join right now.</source>
        <translation>主持人已锁定聊天室。目前新成员无法加入。</translation>
    </message>
    <message>
        <source>Too many wrong codes from this device. Try again in a few minutes.</source>
        <translation>此设备输错访问码的次数过多。请几分钟后再试。</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Button that asks the host again to be let in</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>Marks the host&apos;s name in the list of people (lower case, like &quot;you&quot;)</extracomment>
        <translation>主持人</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>%1 已被主持人移出</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Link on a file in the chat; it saves the file</extracomment>
        <translation>下载</translation>
    </message>
    <message>
        <source>The host cannot use this file’s name. Rename the file and send it again.</source>
        <translation>主机无法使用此文件的名称。请重命名文件后再发送。</translation>
    </message>
    <message>
        <source>This file is larger than the host accepts.</source>
        <translation>此文件超出了主机允许的大小。</translation>
    </message>
    <message>
        <source>The host has no room left for this file.</source>
        <translation>主机已没有空间存放此文件。</translation>
    </message>
    <message>
        <source>Too many files are on their way at once. Send this one when the others are done.</source>
        <translation>同时发送的文件太多。请等其他文件发送完毕后再发送此文件。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <extracomment>Button beside the message box that picks files to send</extracomment>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <extracomment>Button beside the message box on phones: opens the camera</extracomment>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Drop files here to send them</source>
        <extracomment>Shown over the chat while files are dragged over it</extracomment>
        <translation>将文件拖放到此处即可发送</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>How much of a file has been sent: %1 and %2 are sizes such as &quot;1.2 MB&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Time left for a file to be sent: %1 is a duration such as &quot;2 minutes&quot;</extracomment>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button that stops sending a file</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button that takes a file that could not be sent out of the chat</extracomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>This file is empty: there is nothing to send.</source>
        <translation>此文件为空，没有可发送的内容。</translation>
    </message>
    <message>
        <source>The file could not be sent. Check the connection and send it again.</source>
        <translation>无法发送此文件。请检查连接后重新发送。</translation>
    </message>
    <message>
        <source>The host refused this upload. Send the file again.</source>
        <translation>主机拒绝了此次上传。请重新发送文件。</translation>
    </message>
    <message>
        <source>The file changed while it was being sent. Send it again.</source>
        <translation>文件在发送过程中发生了变化。请重新发送。</translation>
    </message>
    <message>
        <source>The host could not store this file. Send it again later.</source>
        <translation>主机无法保存此文件。请稍后重新发送。</translation>
    </message>
    <message>
        <source>That message is not there any more.</source>
        <translation>该消息已不存在。</translation>
    </message>
    <message>
        <source>Only your own messages can be changed or deleted.</source>
        <translation>只能修改或删除自己的消息。</translation>
    </message>
    <message>
        <source>A reaction is one emoji.</source>
        <translation>回应只能是一个表情符号。</translation>
    </message>
    <message>
        <source>That message has all the different reactions it can take.</source>
        <translation>该消息的不同回应已达上限。</translation>
    </message>
    <message>
        <source>That was too fast for the host. Wait a moment and try again.</source>
        <extracomment>An edit, delete or reaction came too fast; nothing was changed</extracomment>
        <translation>操作太快，主机跟不上。请稍等片刻再试。</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Button on a message: answer it</extracomment>
        <translation>回复</translation>
    </message>
    <message>
        <source>React</source>
        <extracomment>Button on a message: add an emoji reaction</extracomment>
        <translation>回应</translation>
    </message>
    <message>
        <source>Another emoji</source>
        <extracomment>Field for typing an emoji of one&apos;s own choice as a reaction</extracomment>
        <translation>其他表情</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete?</source>
        <extracomment>The Delete button after one click: click again to delete</extracomment>
        <translation>删除？</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <extracomment>Shown in place of a deleted message</extracomment>
        <translation>消息已删除</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Mark next to the time of a message that was changed</extracomment>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>%1 more</source>
        <extracomment>After the names of those who gave a reaction, for those not listed</extracomment>
        <translation>另外 %1 人</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <extracomment>Above the message box: %1 is the name of the person whose message is answered</extracomment>
        <translation>回复 %1</translation>
    </message>
    <message>
        <source>Editing your message</source>
        <translation>正在编辑你的消息</translation>
    </message>
    <message>
        <source>That person is not in the room any more.</source>
        <extracomment>A private message could not go: the other person left the chat</extracomment>
        <translation>此人已不在聊天室中。</translation>
    </message>
    <message>
        <source>You can change messages once you are connected.</source>
        <extracomment>An edit, delete or reaction tried while the page is not connected; nothing was changed</extracomment>
        <translation>连接后才能更改消息。</translation>
    </message>
    <message>
        <source>Write to %1 privately</source>
        <extracomment>Button beside a person in the list of people; %1 is their name</extracomment>
        <translation>私下给 %1 写消息</translation>
    </message>
    <message>
        <source>Message %1 privately</source>
        <extracomment>Placeholder of the message box in a private conversation; %1 is the other person&apos;s name</extracomment>
        <translation>私信 %1</translation>
    </message>
    <message>
        <source>Files go to the whole room. Switch to Room to send one.</source>
        <extracomment>Files cannot be sent in a private conversation; &quot;Room&quot; is the name of the room&apos;s tab</extracomment>
        <translation>文件会发给整个聊天室。请切换到“聊天室”再发送。</translation>
    </message>
    <message>
        <source>More results</source>
        <extracomment>Button below search results: the next, older results</extracomment>
        <translation>更多结果</translation>
    </message>
    <message>
        <source>Back to the results</source>
        <extracomment>Button above a search result shown among the messages around it</extracomment>
        <translation>返回结果</translation>
    </message>
</context>
<context>
    <name>HeadlessHost</name>
    <message>
        <source>Tincan could not start hosting: %1</source>
        <translation>Tincan 无法开始主持聊天：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the room</source>
        <translation>
            <numerusform>房间里有 %n 个人</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 is in use; using port %2 instead.</source>
        <translation>端口 %1 已被占用；改用端口 %2。</translation>
    </message>
    <message>
        <source>Tincan is hosting on port %1. People can join at:</source>
        <translation>Tincan 正在端口 %1 上主持聊天。其他人可以通过以下地址加入：</translation>
    </message>
    <message>
        <source>Stopping: telling everyone the host is leaving.</source>
        <translation>正在停止：通知所有人主机即将离开。</translation>
    </message>
    <message>
        <source>Joining needs the access code you set.</source>
        <translation>加入需要您设置的访问码。</translation>
    </message>
    <message>
        <source>Type /help for the commands that keep the room. Press Ctrl+C to stop.</source>
        <translation>输入 /help 查看管理房间的命令。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Say whom: %1 NAME</source>
        <translation>请指明是谁：%1 名字</translation>
    </message>
    <message>
        <source>%1 was removed and cannot come back while this host runs.</source>
        <translation>%1 已被移除，在此主机运行期间无法回来。</translation>
    </message>
    <message>
        <source>%1 was removed (they may join again).</source>
        <translation>%1 已被移除（可以再次加入）。</translation>
    </message>
    <message>
        <source>Nobody named %1 is in the room.</source>
        <translation>房间里没有叫 %1 的人。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>无法移除 %1。</translation>
    </message>
    <message>
        <source>The room is locked: nobody new may join.</source>
        <translation>房间已锁定：新成员无法加入。</translation>
    </message>
    <message>
        <source>The room is open again.</source>
        <translation>房间已重新开放。</translation>
    </message>
    <message>
        <source>Anyone may join without a code now.</source>
        <translation>现在任何人无需访问码即可加入。</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits.</source>
        <translation>访问码包含 %1 到 %2 个字母或数字。</translation>
    </message>
    <message>
        <source>The access code is set. People already in stay.</source>
        <translation>访问码已设置。已在房间里的人不受影响。</translation>
    </message>
    <message>
        <source>Commands: /kick NAME (remove; they may come back), /ban NAME (remove for as long as this host runs), /lock and /unlock (let nobody new in, or everyone again), /code CODE and /code off (set or remove the access code).</source>
        <translation>命令：/kick 名字（移除；可以回来），/ban 名字（在此主机运行期间移除），/lock 和 /unlock（不让新人加入，或重新开放），/code 访问码 和 /code off（设置或移除访问码）。</translation>
    </message>
    <message>
        <source>Also removed, from the same computer: %1.</source>
        <translation>同一台电脑上的以下成员也被移除：%1。</translation>
    </message>
    <message>
        <source>Say the code: /code CODE (or /code off to let anyone join without one).</source>
        <translation>请给出访问码：/code 访问码（或用 /code off 让任何人无需访问码即可加入）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>端口必须是 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on.</source>
        <translation>“%1”不是可以监听的 IP 地址。</translation>
    </message>
    <message>
        <source>“%1” is not an address to announce to (use ADDRESS or ADDRESS:PORT).</source>
        <translation>“%1”不是可以广播通告的地址（请使用 地址 或 地址:端口）。</translation>
    </message>
    <message>
        <source>Tincan: a chat for everyone on the local network. Host one, and others join from Tincan or from any browser.</source>
        <translation>Tincan：局域网内所有人都能用的聊天。你来主持，其他人通过 Tincan 或任意浏览器加入。</translation>
    </message>
    <message>
        <source>Host a chat without a window (for always-on hosts).</source>
        <translation>无窗口主持聊天（适用于一直开着的主机）。</translation>
    </message>
    <message>
        <source>Listen on this port (0: any free port). Without it, %1 or the next free port is used.</source>
        <translation>在此端口监听（0：任意空闲端口）。不指定时使用 %1 或其后的第一个空闲端口。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Listen on this address only (for example 127.0.0.1).</source>
        <translation>只在此地址上监听（例如 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The room&apos;s name.</source>
        <translation>房间名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Keep the chat history in this folder.</source>
        <translation>将聊天记录保存在此文件夹中。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Start hosting a chat right away (skips the start window).</source>
        <translation>立即开始主持聊天（跳过开始窗口）。</translation>
    </message>
    <message>
        <source>Join the chat at this address right away, for example 192.168.1.20:%1 or http://192.168.1.20:%1/.</source>
        <translation>立即加入此地址上的聊天，例如 192.168.1.20:%1 或 http://192.168.1.20:%1/。</translation>
    </message>
    <message>
        <source>Your name in the chat.</source>
        <translation>你在聊天中的昵称。</translation>
    </message>
    <message>
        <source>Neither announce this host on the network nor look for other hosts (nothing is broadcast).</source>
        <translation>既不在网络上通告此主机，也不查找其他主机（不发送任何广播）。</translation>
    </message>
    <message>
        <source>Announce this host only to this address (repeatable; default: broadcast on the local networks, UDP port %1).</source>
        <translation>只向此地址通告此主机（可重复指定；默认：在局域网内广播，UDP 端口 %1）。</translation>
    </message>
    <message>
        <source>address[:port]</source>
        <translation>地址[:端口]</translation>
    </message>
    <message>
        <source>Speak this language instead of the system&apos;s: %1.</source>
        <translation>使用此语言，而不是系统语言：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Tincan does not speak “%1”. It speaks: %2.</source>
        <translation>Tincan 不支持“%1”。可用的语言：%2。</translation>
    </message>
    <message>
        <source>Use either --host or --join, not both.</source>
        <translation>请使用 --host 或 --join 之一，不要同时使用。</translation>
    </message>
    <message>
        <source>“%1” is not a host name to allow (letters, digits, dots and dashes).</source>
        <translation>“%1”不是可允许的主机名（只能包含字母、数字、点和连字符）。</translation>
    </message>
    <message>
        <source>Also accept requests that name this host by this name (repeatable), for example a name the network&apos;s DNS gives it. Its own addresses, localhost and its computer name are always accepted.</source>
        <translation>也接受用此名称指向本主机的请求（可重复），例如网络 DNS 给它的名称。本机自己的地址、localhost 和计算机名始终会被接受。</translation>
    </message>
    <message>
        <source>Tincan cannot open its window: there is no display here (no desktop session, or a remote shell). To host a chat without a window, run: tincan --headless</source>
        <translation>Tincan 无法打开窗口：这里没有显示器（没有桌面会话，或是远程 shell）。要在没有窗口的情况下主持聊天，请运行：tincan --headless</translation>
    </message>
    <message>
        <source>An access code has %1 to %2 letters or digits (spaces and dashes are ignored) and no control characters.</source>
        <translation>访问码包含 %1 到 %2 个字母或数字（忽略空格和短横线），且不含控制字符。</translation>
    </message>
    <message>
        <source>People need this code to join (the link and QR code the host shows carry it). Other programs on this computer can see a command line: on a shared computer, set the code in the window or with /code.</source>
        <translation>加入需要此访问码（主机显示的链接和二维码中包含它）。本机上的其他程序可以看到命令行：在共用电脑上，请在窗口中或用 /code 设置访问码。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>访问码</translation>
    </message>
    <message>
        <source>Start with the room locked: nobody new may join until the host unlocks it (the window&apos;s &quot;Lock the room&quot;, or /unlock on the console).</source>
        <translation>以锁定状态启动房间：在主机解锁之前新成员无法加入（窗口中的“锁定房间”，或控制台中的 /unlock）。</translation>
    </message>
    <message>
        <source>“%1” is not a size for --%2 (for example 500M or 2G).</source>
        <translation>“%1”不是 --%2 可用的大小（例如 500M 或 2G）。</translation>
    </message>
    <message>
        <source>The largest file people may send (K, M, G: kilo-, mega-, gigabytes; default 2G).</source>
        <translation>可发送的最大文件（K、M、G：千、兆、吉字节；默认 2G）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>How much the room&apos;s files may take on disk in all (default 10G).</source>
        <translation>聊天室文件总共可占用的磁盘空间（默认 10G）。</translation>
    </message>
</context>
<context>
    <name>tincan::AccessCodeDialog</name>
    <message>
        <source>Change Access Code</source>
        <translation>更改访问码</translation>
    </message>
    <message>
        <source>New &amp;access code:</source>
        <translation>新的访问码(&amp;A)：</translation>
    </message>
    <message>
        <source>New access code</source>
        <translation>新的访问码</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>生成一个便于朗读的访问码</translation>
    </message>
    <message>
        <source>People already in the chat stay. Whoever joins next needs the new code; the link and QR code carry it.</source>
        <translation>已在聊天中的人会留下。之后加入的人需要新的访问码；链接和二维码中已包含它。</translation>
    </message>
    <message numerus="yes">
        <source>An access code needs at least %n letters or digits (spaces and dashes do not count).</source>
        <translation>
            <numerusform>访问码至少需要 %n 个字母或数字（空格和连字符不计）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An access code has at most %n characters.</source>
        <translation>
            <numerusform>访问码最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>An access code cannot have invisible or control characters in it.</source>
        <translation>访问码中不能有不可见字符或控制字符。</translation>
    </message>
</context>
<context>
    <name>tincan::ChatHeader</name>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>You are %1</source>
        <translation>你是 %1</translation>
    </message>
</context>
<context>
    <name>tincan::ChatTray</name>
    <message>
        <source>&amp;Show Tincan</source>
        <translation>显示 Tincan(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n 条新消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 提到了你</translation>
    </message>
    <message>
        <source>%1: %2 unread</source>
        <translation>%1：%2 条未读</translation>
    </message>
    <message>
        <source>Private message from %1</source>
        <extracomment>The title of a notification of a private message; %1 is who wrote it.</extracomment>
        <translation>来自 %1 的私信</translation>
    </message>
</context>
<context>
    <name>tincan::ChatWindow</name>
    <message>
        <source>Tincan</source>
        <translation>Tincan</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接……</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n 条新消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 加入了</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 离开了</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 改名为 %2</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入……</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 和 %2 正在输入……</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>多人正在输入……</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>Change &amp;Name…</source>
        <translation>更改昵称(&amp;N)……</translation>
    </message>
    <message>
        <source>&amp;Copy Invite Link</source>
        <translation>复制邀请链接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;People Panel</source>
        <translation>人员面板(&amp;P)</translation>
    </message>
    <message>
        <source>Jump to &amp;Latest</source>
        <translation>跳到最新(&amp;L)</translation>
    </message>
    <message>
        <source>Go to &amp;Messages</source>
        <translation>转到消息(&amp;M)</translation>
    </message>
    <message>
        <source>Go to &amp;Input</source>
        <translation>转到输入框(&amp;I)</translation>
    </message>
    <message>
        <source>You are now %1</source>
        <translation>你现在的昵称是 %1</translation>
    </message>
    <message>
        <source>A message was too long for this room and was not sent; it is back in the input box.</source>
        <translation>有一条消息对这个房间来说太长，未能发送；它已放回输入框。</translation>
    </message>
    <message>
        <source>A message could not be sent; it is back in the input box.</source>
        <translation>有一条消息未能发送；它已放回输入框。</translation>
    </message>
    <message>
        <source>That name is taken.</source>
        <translation>这个昵称已被使用。</translation>
    </message>
    <message>
        <source>That name can&apos;t be used.</source>
        <translation>这个昵称不能使用。</translation>
    </message>
    <message>
        <source>“%1” is free.</source>
        <translation>“%1”可以使用。</translation>
    </message>
    <message>
        <source>The host could not save the chat history. The chat goes on, but recent messages may be missing after the host restarts.</source>
        <translation>主机无法保存聊天记录。聊天会继续，但主机重启后可能会缺少最近的消息。</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>昵称为 1 到 32 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>%1 — Tincan</source>
        <translation>%1 — Tincan</translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation>更改昵称</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新昵称：</translation>
    </message>
    <message>
        <source>You can change your name once you are connected.</source>
        <translation>连接后才能更改昵称。</translation>
    </message>
    <message>
        <source>Nobody else is connected right now.</source>
        <translation>目前没有其他人连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) connected will be disconnected.</source>
        <translation>
            <numerusform>另外 %n 个已连接的人将被断开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop Hosting?</source>
        <translation>停止主持？</translation>
    </message>
    <message>
        <source>Closing Tincan ends the chat “%1” for everyone.</source>
        <translation>关闭 Tincan 会为所有人结束聊天“%1”。</translation>
    </message>
    <message>
        <source>&amp;Stop Hosting</source>
        <translation>停止主持(&amp;S)</translation>
    </message>
    <message>
        <source>Unsent Messages</source>
        <translation>未发送的消息</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not yet received by the host will be lost. Close anyway?</source>
        <translation>
            <numerusform>主机尚未收到的 %n 条消息将会丢失。仍然关闭吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The chat no longer needs an access code. People already in stay.</source>
        <translation>聊天不再需要访问码。已在其中的人会留下。</translation>
    </message>
    <message>
        <source>Whoever joins next needs the new code. People already in stay.</source>
        <translation>之后加入的人需要新的访问码。已在其中的人会留下。</translation>
    </message>
    <message>
        <source>The room is locked: nobody new can join.</source>
        <translation>房间已锁定：新的人无法加入。</translation>
    </message>
    <message>
        <source>The room is open again: people can join.</source>
        <translation>房间已重新开放：其他人可以加入。</translation>
    </message>
    <message>
        <source>%1 was removed by the host</source>
        <translation>%1 已被主持人移出</translation>
    </message>
    <message>
        <source>That person is no longer in the chat, so nobody was removed.</source>
        <translation>此人已不在聊天中，因此没有移出任何人。</translation>
    </message>
    <message numerus="yes">
        <source>The room did not allow that: only the host can remove people, never themselves, and a chat can ban at most %n people.</source>
        <translation>
            <numerusform>房间不允许这样做：只有主持人可以移出别人，不能移出自己，而且一个聊天最多可以禁止 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to send to everyone in this chat</source>
        <translation>松开即可发送给此聊天中的所有人</translation>
    </message>
    <message>
        <source>That message is not here any more, or too far back to show.</source>
        <translation>该消息已不存在，或太久远无法显示。</translation>
    </message>
    <message>
        <source>That message is no longer there: it was deleted, or you cannot see it.</source>
        <translation>该消息已不存在：已被删除，或你无法查看。</translation>
    </message>
    <message>
        <source>You can only change or delete your own messages.</source>
        <translation>你只能修改或删除自己的消息。</translation>
    </message>
    <message>
        <source>A reaction is one emoji, without letters or spaces.</source>
        <translation>回应只能是一个表情符号，不能有字母或空格。</translation>
    </message>
    <message>
        <source>That message has as many different reactions as it can take; add one of those instead.</source>
        <translation>该消息的不同回应已达上限；请改用已有的回应之一。</translation>
    </message>
    <message>
        <source>That was too fast for the room. Wait a moment and try again.</source>
        <translation>操作太快了。请稍等片刻再试。</translation>
    </message>
    <message>
        <source>A message needs some visible text.</source>
        <translation>消息需要包含可见的文字。</translation>
    </message>
    <message>
        <source>That text is too long for this room.</source>
        <translation>该文字对这个聊天室来说太长了。</translation>
    </message>
    <message>
        <source>The host keeps no history, so messages cannot be changed.</source>
        <translation>主机不保存历史记录，因此无法修改消息。</translation>
    </message>
    <message>
        <source>The host did not accept that change.</source>
        <translation>主机未接受此更改。</translation>
    </message>
    <message>
        <source>%1 is not in the room now. You can write to them again when they are back.</source>
        <extracomment>Above the input of a private conversation; %1 is the other person&apos;s name.</extracomment>
        <translation>%1 现在不在聊天室中。对方回来后你才能再给其发消息。</translation>
    </message>
    <message>
        <source>&amp;Search Messages…</source>
        <translation>搜索消息(&amp;S)…</translation>
    </message>
    <message>
        <source>You can see that message once you are connected.</source>
        <translation>连接后即可查看该消息。</translation>
    </message>
    <message>
        <source>A private message to %1 could not be sent; it is back in the input box of your conversation with them.</source>
        <extracomment>%1 is the name of the person a private message was for.</extracomment>
        <translation>发给 %1 的私信未能发送；它已放回你们对话的输入框中。</translation>
    </message>
</context>
<context>
    <name>tincan::Composer</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Write a message… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>输入消息……（按 Enter 发送，按 Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit of %1: shorten it to send</source>
        <translation>
            <numerusform>超出 %1 个字符的上限 %n 个字符：请缩短后再发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Send files or pictures (you can also drop them here or paste them)</source>
        <translation>发送文件或图片（也可以拖放到这里或粘贴）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>The text is too long to go with the files: shorten it, then send them again.</source>
        <translation>文字太长，无法随文件一起发送：请缩短后再重新发送。</translation>
    </message>
    <message>
        <source>“%1” is a folder: only files can be sent.</source>
        <translation>“%1”是文件夹：只能发送文件。</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>无法读取“%1”。请检查文件是否仍在原处，以及你是否有权限打开它。</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to send.</source>
        <translation>“%1”是空文件：没有可发送的内容。</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved to be sent: the temporary folder is not writable.</source>
        <translation>无法保存粘贴的图片以便发送：临时文件夹不可写入。</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <extracomment>The name of a pasted picture&apos;s file (&quot;.png&quot; follows); %1 is the date and time it was pasted. Avoid characters that cannot be in file names, such as the slash and the colon.</extracomment>
        <translation>粘贴的图片 %1</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <extracomment>Above the input while answering a message: %1 is who wrote it, %2 its start.</extracomment>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <source>Editing your message (Esc cancels)</source>
        <translation>正在编辑你的消息（按 Esc 取消）</translation>
    </message>
    <message>
        <source>Files are shared with the whole room: switch to the Room tab to send them.</source>
        <translation>文件会发给整个聊天室：请切换到“聊天室”标签页再发送。</translation>
    </message>
    <message>
        <source>Your message could not be changed while you are not connected: your change is still in the input box.</source>
        <translation>未连接时无法修改你的消息：你的修改仍在输入框中。</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>连接问题</translation>
    </message>
    <message>
        <source>Another name</source>
        <translation>其他昵称</translation>
    </message>
    <message>
        <source>A name has 1 to 32 characters and no control characters.</source>
        <translation>昵称为 1 到 32 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>访问码</translation>
    </message>
    <message>
        <source>Enter the access code the host gave you.</source>
        <translation>请输入主持人给你的访问码。</translation>
    </message>
</context>
<context>
    <name>tincan::ConnectionStatus</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接……</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1……</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>正在主持</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Can&apos;t reach %1. Trying again in %2 s.</source>
        <translation>无法连接到 %1。%2 秒后重试。</translation>
    </message>
    <message>
        <source>Lost the connection to the host. Reconnecting in %1 s.</source>
        <translation>与主机的连接已断开。%1 秒后重新连接。</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out when you are back.</source>
        <translation>
            <numerusform>你的 %n 条未发送消息会在恢复连接后发出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>未加入</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Someone in this room is already called “%1”. Pick another name to join.</source>
        <translation>这个房间里已经有人叫“%1”了。请换一个昵称加入。</translation>
    </message>
    <message>
        <source>“%1” can&apos;t be used as a name here. Pick another one (1 to 32 characters).</source>
        <translation>“%1”不能在这里用作昵称。请换一个（1 到 32 个字符）。</translation>
    </message>
    <message>
        <source>The room is full right now.</source>
        <translation>房间目前已满。</translation>
    </message>
    <message>
        <source>This host runs a version of Tincan that this app cannot talk to. Update Tincan on both computers.</source>
        <translation>此主机运行的 Tincan 版本与本程序不兼容。请在两台电脑上都更新 Tincan。</translation>
    </message>
    <message>
        <source>You joined this chat again from another connection, so this window stopped.</source>
        <translation>你已通过另一个连接重新加入此聊天，因此此窗口已停止。</translation>
    </message>
    <message>
        <source>The host refused the connection.</source>
        <translation>主机拒绝了连接。</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>The host ended the chat.</source>
        <translation>主持人已结束聊天。</translation>
    </message>
    <message numerus="yes">
        <source>Your %n unsent message(s) will go out if you rejoin.</source>
        <translation>
            <numerusform>你的 %n 条未发送消息会在重新加入后发出。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rejoin</source>
        <translation>重新加入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back to Start</source>
        <translation>返回开始(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Could not join %1: that computer is not hosting a chat on this port. Check the address the host sees in their Tincan window.</source>
        <translation>无法加入 %1：那台计算机没有在此端口主持聊天。请核对主持人在其 Tincan 窗口中看到的地址。</translation>
    </message>
    <message>
        <source>Could not join %1: no computer of that name was found. Check the address for typos.</source>
        <translation>无法加入 %1：找不到这个名称的计算机。请检查地址是否有拼写错误。</translation>
    </message>
    <message>
        <source>Could not join %1: this computer&apos;s network has no way there. Check that both are on the same network.</source>
        <translation>无法加入 %1：这台计算机的网络无法到达那里。请确认两台计算机在同一网络中。</translation>
    </message>
    <message numerus="yes">
        <source>Could not join %1: no answer within %n second(s). Check the address, and that the host is still hosting.</source>
        <translation>
            <numerusform>无法加入 %1：%n 秒内没有回应。请检查地址，以及主持人是否仍在主持。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not join %1.</source>
        <translation>无法加入 %1。</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已被移出</translation>
    </message>
    <message>
        <source>The host banned you from this chat.</source>
        <translation>主持人已将你禁止进入此聊天。</translation>
    </message>
    <message>
        <source>The host removed you from the chat.</source>
        <translation>主持人已将你移出聊天。</translation>
    </message>
    <message>
        <source>That code is not right. Check it with the host and enter it again.</source>
        <translation>访问码不正确。请向主持人核对后重新输入。</translation>
    </message>
    <message>
        <source>This chat needs an access code. Ask the host for it and enter it here.</source>
        <translation>此聊天需要访问码。请向主持人索取并在此输入。</translation>
    </message>
    <message>
        <source>Too many wrong codes were tried from this computer. Wait a few minutes, then try again.</source>
        <translation>这台电脑尝试了太多错误的访问码。请等几分钟后再试。</translation>
    </message>
    <message>
        <source>The host has locked this chat: nobody new can join right now. Ask the host to unlock it, then try again.</source>
        <translation>主持人已锁定此聊天：目前新的人无法加入。请主持人解锁后再试。</translation>
    </message>
    <message>
        <source>Too many wrong codes are being tried in this chat right now, so yours was not checked. Try again in a moment.</source>
        <translation>此聊天目前有太多错误的访问码正在被尝试，因此您的访问码未被检查。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>tincan::ConversationTabs</name>
    <message>
        <source>Room</source>
        <translation>聊天室</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A conversation&apos;s tab with the number of messages not seen yet: %1 is its name, %2 the number.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Everyone in the room</source>
        <translation>聊天室里的所有人</translation>
    </message>
    <message>
        <source>Only the two of you</source>
        <translation>只有你们两人</translation>
    </message>
</context>
<context>
    <name>tincan::DesktopController</name>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>请输入其他人看到的你的昵称。</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>%1 的聊天</translation>
    </message>
    <message>
        <source>The chat history could not be saved (%1). The chat goes on, but messages may be missing after a restart.</source>
        <translation>无法保存聊天记录（%1）。聊天会继续，但重启后可能会缺少消息。</translation>
    </message>
    <message>
        <source>Port %1 was in use, so the chat runs on port %2.</source>
        <translation>端口 %1 已被占用，因此聊天改用端口 %2。</translation>
    </message>
    <message>
        <source>Hosting could not start: %1</source>
        <translation>无法开始主持：%1</translation>
    </message>
</context>
<context>
    <name>tincan::FileStore</name>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>tincan::FileTransfers</name>
    <message>
        <source>file</source>
        <extracomment>A file name offered in the save dialog when the sender&apos;s name for the file was unusable.</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Save File</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>已将“%1”保存到 %2。</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the host no longer has it.</source>
        <translation>无法保存“%1”：主机上已没有这个文件。</translation>
    </message>
    <message>
        <source>“%1” arrived damaged (not the file the message named) and was not saved.</source>
        <translation>“%1”到达时已损坏（与消息所指的文件不符），未保存。</translation>
    </message>
    <message>
        <source>“%1” could not be written there. Choose another folder, or free some space.</source>
        <translation>无法在该位置写入“%1”。请选择其他文件夹，或腾出一些空间。</translation>
    </message>
    <message>
        <source>“%1” could not be saved: the connection to the host broke off. Save it again to go on where it stopped.</source>
        <translation>无法保存“%1”：与主机的连接中断了。再次保存即可从中断处继续。</translation>
    </message>
    <message>
        <source>“%1” was not sent: it is larger than the host takes.</source>
        <translation>“%1”未发送：文件超过了主机允许的大小。</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host has no room left for files.</source>
        <translation>“%1”未发送：主机已没有存放文件的空间。</translation>
    </message>
    <message>
        <source>“%1” was not sent: too many files are on their way to the host. Send it again in a moment.</source>
        <translation>“%1”未发送：正在发往主机的文件太多。请稍后再发送。</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host does not take that file name. Rename the file and send it again.</source>
        <translation>“%1”未发送：主机不接受这个文件名。请重命名文件后再发送。</translation>
    </message>
    <message>
        <source>“%1” was not sent: you are sending too fast. Wait a moment and send it again.</source>
        <translation>“%1”未发送：你发送得太快了。请稍等片刻再发送。</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message is too long for this room.</source>
        <translation>“%1”未发送：随附的消息对这个聊天室来说太长了。</translation>
    </message>
    <message>
        <source>“%1” was not sent: its message has characters the room does not take.</source>
        <translation>“%1”未发送：随附的消息含有聊天室不接受的字符。</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it.</source>
        <translation>无法读取“%1”。请检查文件是否仍在原处，以及你是否有权限打开它。</translation>
    </message>
    <message>
        <source>“%1” changed while it was being sent. Send it again.</source>
        <translation>“%1”在发送过程中被修改了。请重新发送。</translation>
    </message>
    <message>
        <source>The host stopped taking “%1”. Send it again.</source>
        <translation>主机不再接收“%1”。请重新发送。</translation>
    </message>
    <message>
        <source>“%1” was not sent: the connection to the host kept breaking off.</source>
        <translation>“%1”未发送：与主机的连接反复中断。</translation>
    </message>
    <message>
        <source>“%1” was not sent: the host refused it (%2).</source>
        <translation>“%1”未发送：主机拒绝了它（%2）。</translation>
    </message>
</context>
<context>
    <name>tincan::HostPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>邀请其他人</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>This computer has more than one network address; pick the one your guests share.</source>
        <translation>这台电脑有多个网络地址；请选择与你的客人处于同一网络的那个。</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>邀请链接</translation>
    </message>
    <message>
        <source>Copy invite link</source>
        <translation>复制邀请链接</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>将链接复制到剪贴板</translation>
    </message>
    <message>
        <source>QR code of the invite link</source>
        <translation>邀请链接的二维码</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open the chat in its browser</source>
        <translation>用手机相机扫描，即可在手机浏览器中打开聊天</translation>
    </message>
    <message>
        <source>People connected</source>
        <translation>已连接的人数</translation>
    </message>
    <message>
        <source>This computer is not on a network right now, so nobody else can join. Connect to a network and start hosting again.</source>
        <translation>这台电脑目前没有连接网络，其他人无法加入。请连接网络后重新开始主持。</translation>
    </message>
    <message>
        <source>The chat only listens on this computer (%1), so only this computer can join.</source>
        <translation>聊天只在这台电脑上监听（%1），因此只有这台电脑可以加入。</translation>
    </message>
    <message>
        <source>People on the same network can open this link in a browser, scan the code with a phone, or enter it in Tincan&apos;s Join page.</source>
        <translation>同一网络中的人可以在浏览器中打开这个链接、用手机扫描二维码，或在 Tincan 的“加入”页面输入它。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) connected</source>
        <translation>
            <numerusform>已连接 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Access code:</source>
        <translation>访问码：</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>访问码</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a new access code; people already in the chat stay</source>
        <translation>选择新的访问码；已在聊天中的人会留下</translation>
    </message>
    <message>
        <source>Remove the access code</source>
        <translation>移除访问码</translation>
    </message>
    <message>
        <source>Let anyone with the link join without a code</source>
        <translation>让任何拥有链接的人无需访问码即可加入</translation>
    </message>
    <message>
        <source>&amp;Generate One</source>
        <translation>生成一个(&amp;G)</translation>
    </message>
    <message>
        <source>Generate an access code</source>
        <translation>生成访问码</translation>
    </message>
    <message>
        <source>Make up a code that people need to join; the link and QR code carry it</source>
        <translation>生成加入时需要的访问码；链接和二维码中会包含它</translation>
    </message>
    <message>
        <source>&amp;Lock the room</source>
        <translation>锁定房间(&amp;L)</translation>
    </message>
    <message>
        <source>Nobody new can join while the room is locked</source>
        <translation>房间锁定期间，新的人无法加入</translation>
    </message>
    <message>
        <source>None: anyone with the link can join</source>
        <translation>无：任何拥有链接的人都可以加入</translation>
    </message>
    <message>
        <source>Nobody new can join. People in the chat stay, and can come back if their connection drops.</source>
        <translation>新的人无法加入。聊天中的人会留下，连接断开后也可以回来。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>tincan::HostService</name>
    <message>
        <source>Cannot create the history folder %1; this chat will not be kept after the host stops.</source>
        <translation>无法创建聊天记录文件夹 %1；主机停止后，此次聊天将不会保留。</translation>
    </message>
    <message>
        <source>Cannot open the chat history in %1 (%2); this chat will not be kept after the host stops.</source>
        <translation>无法打开 %1 中的聊天记录（%2）；主机停止后，此次聊天将不会保留。</translation>
    </message>
    <message>
        <source>Chat history could not be saved (%1). The chat goes on, but messages from now on may be missing after the host restarts. Check the free disk space.</source>
        <translation>无法保存聊天记录（%1）。聊天会继续，但从现在起的消息可能会在主机重启后丢失。请检查磁盘剩余空间。</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port, or stop the program that uses it.</source>
        <translation>端口 %1 已被其他程序占用。请选择其他端口，或停止占用它的程序。</translation>
    </message>
    <message>
        <source>Ports %1 to %2 are all in use. Choose another port.</source>
        <translation>端口 %1 到 %2 都已被占用。请选择其他端口。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>The chat history in %1 can be read but not saved to (%2). Earlier messages are shown; new ones will not be kept after the host stops.</source>
        <translation>%1 中的聊天记录可以读取但无法保存（%2）。会显示之前的消息；主机停止后新消息不会保留。</translation>
    </message>
    <message>
        <source>Files cannot be shared in this chat: %1</source>
        <translation>此聊天无法共享文件：%1</translation>
    </message>
</context>
<context>
    <name>tincan::ImageViewer</name>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>100 %</source>
        <extracomment>The image viewer&apos;s button for showing the image at its actual size.</extracomment>
        <translation>100%</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The image could not be fetched: there is no room for it in the app&apos;s cache folder.</source>
        <translation>无法获取图片：应用的缓存文件夹中没有空间存放它。</translation>
    </message>
    <message>
        <source>This image cannot be fetched from the host.</source>
        <translation>无法从主机获取这张图片。</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>正在加载… %1</translation>
    </message>
    <message>
        <source>The host no longer has this image.</source>
        <translation>主机上已没有这张图片。</translation>
    </message>
    <message>
        <source>The image arrived damaged and is not shown.</source>
        <translation>图片到达时已损坏，不予显示。</translation>
    </message>
    <message>
        <source>The image could not be fetched from the host.</source>
        <translation>无法从主机获取图片。</translation>
    </message>
    <message>
        <source>This image is too large to show here. Save it to open it with another program.</source>
        <translation>这张图片太大，无法在此显示。请保存后用其他程序打开。</translation>
    </message>
    <message>
        <source>This image cannot be shown here. Save it to open it with another program.</source>
        <translation>无法在此显示这张图片。请保存后用其他程序打开。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels · %3</source>
        <translation>%1 × %2 像素 · %3</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>The image could not be saved there. Choose another folder, or free some space.</source>
        <translation>无法将图片保存到该位置。请选择其他文件夹，或腾出一些空间。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>tincan::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Tincan now speaks the system&apos;s language (%1).</source>
        <translation>Tincan 现在使用系统语言（%1）。</translation>
    </message>
    <message>
        <source>Tincan now speaks %1.</source>
        <translation>Tincan 现在使用%1。</translation>
    </message>
</context>
<context>
    <name>tincan::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>可提及的人</translation>
    </message>
</context>
<context>
    <name>tincan::MessageDelegate</name>
    <message>
        <source>sending…</source>
        <translation>正在发送……</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>On a file&apos;s card in the chat: saves the file (keep it short).</extracomment>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>消息已删除</translation>
    </message>
    <message>
        <source>(edited)</source>
        <extracomment>After a message&apos;s time: the message was changed after it was sent.</extracomment>
        <translation>（已编辑）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tincan::MessageList</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>跳到新消息</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n 条新消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Links in this message</source>
        <translation>此消息中的链接</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Copy Link %1</source>
        <translation>复制链接 %1</translation>
    </message>
    <message>
        <source>&amp;Open Image</source>
        <translation>打开图片(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save File…</source>
        <translation>保存文件(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;ancel Transfer</source>
        <translation>取消传输(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Rea&amp;ct</source>
        <translation>回应(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>其他(&amp;O)…</translation>
    </message>
    <message>
        <source>React</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>Emoji:</source>
        <translation>表情符号：</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>tincan::MessageModel</name>
    <message>
        <source>%1, not sent yet: %2</source>
        <translation>%1，尚未发送：%2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
    <message>
        <source>file %1, %2</source>
        <translation>文件 %1，%2</translation>
    </message>
    <message>
        <source>Sent, the host is checking it…</source>
        <translation>已发送，主机正在检查…</translation>
    </message>
    <message>
        <source>Waiting to send…</source>
        <translation>等待发送…</translation>
    </message>
    <message>
        <source>%1 file</source>
        <extracomment>A file&apos;s kind when the system does not know it; %1 is its extension, like &quot;XYZ&quot;.</extracomment>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A transfer&apos;s progress: %1 and %2 are amounts of data, like &quot;2.1 MB of 8 MB&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer&apos;s speed; %1 is an amount of data, like &quot;1.2 MB&quot;.</extracomment>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>还剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>message deleted</source>
        <translation>消息已删除</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1（已编辑）</translation>
    </message>
</context>
<context>
    <name>tincan::PeopleList</name>
    <message>
        <source>People in the room</source>
        <translation>房间里的人</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>成员（%1）</translation>
    </message>
    <message>
        <source>&amp;Remove from Chat…</source>
        <translation>移出聊天(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>禁止进入(&amp;B)…</translation>
    </message>
    <message>
        <source>Ban from Chat?</source>
        <translation>禁止进入聊天？</translation>
    </message>
    <message>
        <source>Remove from Chat?</source>
        <translation>移出聊天？</translation>
    </message>
    <message>
        <source>Ban %1 from this chat?</source>
        <translation>禁止 %1 进入此聊天？</translation>
    </message>
    <message>
        <source>Remove %1 from the chat?</source>
        <translation>将 %1 移出聊天？</translation>
    </message>
    <message>
        <source>They are disconnected and cannot come back, under any name and from the same computer, for as long as you host this chat.</source>
        <translation>此人会被断开连接，在你主持此聊天期间，无法以任何昵称或从同一台电脑回来。</translation>
    </message>
    <message>
        <source>They are disconnected and everyone sees that you removed them. They can join again.</source>
        <translation>此人会被断开连接，所有人都会看到是你将其移出的。此人可以再次加入。</translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>禁止进入(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移出(&amp;R)</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately; open their menu to remove them from the chat.</source>
        <translation>在某人上按回车键可私下给其发消息；打开其菜单可将其移出聊天。</translation>
    </message>
    <message>
        <source>Press Enter on a person to write to them privately.</source>
        <translation>在某人上按回车键可私下给其发消息。</translation>
    </message>
    <message>
        <source>&amp;Message Privately</source>
        <translation>私信(&amp;M)</translation>
    </message>
</context>
<context>
    <name>tincan::QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>%1 的二维码</translation>
    </message>
</context>
<context>
    <name>tincan::RosterDelegate</name>
    <message>
        <source>host</source>
        <extracomment>The small badge beside the name of the person who hosts the chat</extracomment>
        <translation>主持人</translation>
    </message>
</context>
<context>
    <name>tincan::RosterModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <source>%1, that is you</source>
        <translation>%1，就是你</translation>
    </message>
    <message>
        <source>%1, that is you, the host</source>
        <translation>%1，就是你，主持人</translation>
    </message>
    <message>
        <source>%1, the host</source>
        <translation>%1，主持人</translation>
    </message>
    <message>
        <source>%1 hosts this chat</source>
        <translation>%1 主持此聊天</translation>
    </message>
</context>
<context>
    <name>tincan::SearchPanel</name>
    <message>
        <source>Search messages (Enter searches)</source>
        <translation>搜索消息（按回车键搜索）</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>关闭搜索（Esc）</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>关闭搜索</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>找到的消息</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>You can search once you are connected.</source>
        <translation>连接后即可搜索。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>没有找到消息。</translation>
    </message>
    <message>
        <source>Type at least one word of letters or digits to search for.</source>
        <translation>请至少输入一个由字母或数字组成的词来搜索。</translation>
    </message>
    <message numerus="yes">
        <source>That search is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>搜索内容过长：最多使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many searches at once. Wait a moment, then search again.</source>
        <translation>搜索过于频繁。请稍等片刻后再搜索。</translation>
    </message>
    <message>
        <source>The host keeps no history, so there is nothing to search.</source>
        <translation>主持方不保存历史记录，因此没有可搜索的内容。</translation>
    </message>
    <message>
        <source>The host could not search. Try again in a moment.</source>
        <translation>主持方无法搜索。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>tincan::SearchResultsModel</name>
    <message>
        <source>%1 · %2 · private, to %3</source>
        <extracomment>A search result&apos;s heading for a private message: %1 who wrote it, %2 when.</extracomment>
        <translation>%1 · %2 · 私信，发给 %3</translation>
    </message>
    <message>
        <source>%1 · %2 · private</source>
        <translation>%1 · %2 · 私信</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2：%3</translation>
    </message>
</context>
<context>
    <name>tincan::StartWindow</name>
    <message>
        <source>Your name</source>
        <translation>你的昵称</translation>
    </message>
    <message>
        <source>Tincan</source>
        <translation>Tincan</translation>
    </message>
    <message>
        <source>Chat with the people on your network. No accounts, no internet needed.</source>
        <translation>与你所在网络中的人聊天。无需账号，无需联网。</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>其他人看到的你</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>你的昵称(&amp;N)：</translation>
    </message>
    <message>
        <source>Host or join</source>
        <translation>主持或加入</translation>
    </message>
    <message>
        <source>&amp;Host a chat</source>
        <translation>主持聊天(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Join a chat</source>
        <translation>加入聊天(&amp;J)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>房间名称</translation>
    </message>
    <message>
        <source>For example: Office, LAN party, Family</source>
        <translation>例如：办公室、局域网聚会、家人</translation>
    </message>
    <message>
        <source>&amp;Room name:</source>
        <translation>房间名称(&amp;R)：</translation>
    </message>
    <message>
        <source>Use a &amp;fixed port</source>
        <translation>使用固定端口(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the same address between sessions, for example for a firewall rule. Without it, Tincan picks a free port near %1.</source>
        <translation>在多次会话之间保持同一地址，例如用于防火墙规则。不勾选时，Tincan 会在 %1 附近选择一个空闲端口。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Others join by opening the link Tincan shows you in a browser, by scanning its QR code, or from Tincan&apos;s Join page.</source>
        <translation>其他人可以在浏览器中打开 Tincan 显示给你的链接、扫描二维码，或通过 Tincan 的“加入”页面加入。</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>主机地址</translation>
    </message>
    <message>
        <source>192.168.1.20:%1 or http://192.168.1.20:%1/</source>
        <translation>192.168.1.20:%1 或 http://192.168.1.20:%1/</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Found on this network:</source>
        <translation>在此网络中找到(&amp;F)：</translation>
    </message>
    <message>
        <source>Chats found on this network</source>
        <translation>在此网络中找到的聊天</translation>
    </message>
    <message>
        <source>&amp;Recent hosts:</source>
        <translation>最近的主机(&amp;R)：</translation>
    </message>
    <message>
        <source>Recent hosts</source>
        <translation>最近的主机</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A chat found on the network: room name, then its address</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Looking for chats on this network…</source>
        <translation>正在此网络中查找聊天……</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Start Hosting</source>
        <translation>开始主持(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the address the host sees in their Tincan window, like 192.168.1.20:%1.</source>
        <translation>请输入主机在其 Tincan 窗口中看到的地址，例如 192.168.1.20:%1。</translation>
    </message>
    <message>
        <source>Tincan addresses start with http:// or ws:// (or with no prefix at all), like http://192.168.1.20:%1/.</source>
        <translation>Tincan 地址以 http:// 或 ws:// 开头（也可以不带前缀），例如 http://192.168.1.20:%1/。</translation>
    </message>
    <message>
        <source>The address has no computer name or IP address in it.</source>
        <translation>地址中没有电脑名称或 IP 地址。</translation>
    </message>
    <message>
        <source>That does not look like a computer name or IP address. Check for typos, like 192.168.1.20:%1.</source>
        <translation>这看起来不像电脑名称或 IP 地址。请检查是否有拼写错误，格式如 192.168.1.20:%1。</translation>
    </message>
    <message>
        <source>The port (the number after the colon) must be between 1 and 65535.</source>
        <translation>端口（冒号后面的数字）必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>Tincan addresses have no user name or password in them.</source>
        <translation>Tincan 地址中不包含用户名或密码。</translation>
    </message>
    <message>
        <source>Enter the name others will see you as.</source>
        <translation>请输入其他人看到的你的昵称。</translation>
    </message>
    <message>
        <source>A name has 1 to %1 characters and no control characters.</source>
        <translation>昵称为 1 到 %1 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>%1&apos;s chat</source>
        <translation>%1 的聊天</translation>
    </message>
    <message>
        <source>Access &amp;code:</source>
        <translation>访问码(&amp;C)：</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>访问码</translation>
    </message>
    <message>
        <source>Optional: people need it to join</source>
        <translation>可选：加入时需要</translation>
    </message>
    <message>
        <source>With a code, only people who have it can join. The link and QR code carry it.</source>
        <translation>设置访问码后，只有知道它的人才能加入。链接和二维码中会包含它。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Make up a code that is easy to read aloud</source>
        <translation>生成一个便于朗读的访问码</translation>
    </message>
    <message>
        <source>Re&amp;member this code for the next time I host</source>
        <translation>下次主持时记住此访问码(&amp;M)</translation>
    </message>
    <message>
        <source>%1 (needs a code)</source>
        <extracomment>A chat found on the network that only lets in people who have its access code</extracomment>
        <translation>%1（需要访问码）</translation>
    </message>
    <message>
        <source>%1, needs an access code</source>
        <translation>%1，需要访问码</translation>
    </message>
</context>
<context>
    <name>tincan::TypingLine</name>
    <message>
        <source>Who is typing</source>
        <translation>谁在输入</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入……</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 和 %2 正在输入……</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>多人正在输入……</translation>
    </message>
</context>
</TS>
