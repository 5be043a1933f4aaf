//! Strings of the live room: the phone page (in the SURVEY language, sent to the phones in the
//! survey JSON) and the facilitator's room panel in the studio (in the interface language).

use super::texts;

texts!(
    /// Strings of the live room.
    RoomTexts {
        phone_intro: "For each feature, two questions: how would you feel if the service had it, and if it did not? There are no right or wrong answers.", "每个功能有两个问题：如果服务具备它，您会有什么感受？如果不具备呢？答案没有对错之分。";
        phone_start: "Start", "开始";
        phone_progress: "{n} of {total}", "第 {n} 题，共 {total} 题";
        phone_if_has: "If it has this:", "如果具备：";
        phone_if_not: "If it does not:", "如果不具备：";
        phone_importance: "How important is this to you? (optional)", "这对您有多重要？（可选）";
        phone_importance_low: "not at all", "完全不重要";
        phone_importance_high: "extremely", "极其重要";
        phone_back: "Back", "上一步";
        phone_next: "Next", "下一步";
        phone_send: "Send my answers", "提交我的回答";
        phone_sending: "Sending… keep this page open.", "正在提交……请保持本页打开。";
        phone_retrying: "No connection to the room yet; trying again…", "暂时连不上会场，正在重试……";
        phone_refused: "The room did not accept these answers: {reason}", "会场未接受这些回答：{reason}";
        phone_thanks_title: "Thank you!", "谢谢您！";
        phone_thanks_text: "Your answers are in. Watch the screen.", "您的回答已收到，请看大屏幕。";
        phone_no_features: "This survey has no features yet.", "本问卷还没有功能。";
        phone_load_failed: "Could not load the survey; trying again…", "无法载入问卷，正在重试……";
        open_room: "Open the room", "开放会场";
        open_room_tip: "Let everyone answer the survey on their phones over the local network", "让大家在本地网络上用手机回答问卷";
        close_room: "Close the room", "关闭会场";
        room_title: "Answer on your phone", "请用手机作答";
        room_scan: "Scan the code or open the address below (same Wi-Fi):", "扫描二维码或打开下面的地址（同一 Wi-Fi）：";
        room_counts: "{joined} phones joined · {finished} finished", "已加入 {joined} 部手机 · 已完成 {finished} 份";
        room_network: "Network", "网络";
        room_segment_question: "Question for a group (optional)", "分组问题（可选）";
        room_segment_hint: "e.g. Which line do you use?", "例如：您常坐哪条线？";
        room_open_failed: "Could not open the room: {error}", "无法开放会场：{error}";
        room_no_network: "No local network address was found; phones can only join from this computer.", "未找到本地网络地址；只有本机才能加入。";
        room_not_saved: "The room's answers could not be kept: {error}", "会场收到的回答无法保存：{error}";
        step_room: "Room answers of {id}", "{id} 的会场回答";
    }
);
