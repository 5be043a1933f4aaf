//! Strings of survey mode. The respondent's screens are shown in the SURVEY language
//! (`project.survey().language`); the facilitator's (settings strip, leave confirmation) in the
//! interface language.

use super::texts;

texts!(
    /// Strings of survey mode.
    SurveyTexts {
        intro: "For each feature you answer two questions: how you would feel if the service had it, and how you would feel if it did not. There are no right or wrong answers.", "每个功能有两个问题：如果服务具备它，您会有什么感受；如果服务不具备它，您又会有什么感受。答案没有对错之分。";
        name_label: "Your name or respondent number (optional)", "您的姓名或编号（可选）";
        segment_label: "Your group (optional)", "您所属的群体（可选）";
        segment_hint: "e.g. Commuter", "例如：通勤者";
        pick_segment: "Choose a group", "选择群体";
        no_segment: "(none)", "（无）";
        id_taken: "Respondent {id} already exists; please choose another name or number.", "受访者 {id} 已存在，请换一个姓名或编号。";
        start_button: "Start the survey (Enter)", "开始问卷（回车）";
        no_features: "This project has no features to ask about yet.", "本项目还没有可以提问的功能。";
        question_of: "Question {n} of {total}", "第 {n} 题，共 {total} 题";
        questions_of: "Questions {first}–{last} of {total}", "第 {first}–{last} 题，共 {total} 题";
        functional_fallback: "How would you feel if the service had this?", "如果服务具备这一点，您会有什么感受？";
        dysfunctional_fallback: "How would you feel if the service did not have this?", "如果服务不具备这一点，您会有什么感受？";
        importance_question: "How important is this to you? (1 = not at all, 9 = extremely)", "这一点对您有多重要？（1 = 完全不重要，9 = 极其重要）";
        back_button: "Back", "上一步";
        next_button: "Next", "下一步";
        finish_button: "Finish", "完成";
        keys_hint: "Keys: 1–5 answer · then {min}–{max} importance, if asked · Enter next · Backspace back", "按键：1–5 作答 · 如需重要度再按 {min}–{max} · 回车 下一步 · 退格 上一步";
        answer_first: "Please answer every question on this page to go on.", "请回答本页所有问题后再继续。";
        thanks_title: "Thank you!", "谢谢您！";
        thanks_text: "Your answers have been recorded.", "您的回答已记录。";
        next_respondent: "Next respondent (Enter)", "下一位受访者（回车）";
        facilitator_hint: "Facilitator: Esc to leave", "主持人：按 Esc 离开";
        leave_title: "Leave the survey?", "离开问卷？";
        leave_text: "Only the facilitator should do this.", "只有主持人才应执行此操作。";
        partial_note_if_one: "{n} feature is fully answered so far; half-answered features are not kept.", "目前已完整回答 {n} 个功能；只答了一半的功能不会保留。";
        partial_note: "{n} features are fully answered so far; half-answered features are not kept.", "目前已完整回答 {n} 个功能；只答了一半的功能不会保留。";
        leave_button: "Leave", "离开";
        keep_and_leave: "Keep partial answers and leave", "保留已答部分并离开";
        continue_button: "Continue the survey", "继续问卷";
        settings_heading: "Survey settings (facilitator)", "问卷设置（主持人）";
        order_label: "Feature order", "功能顺序";
        order_fixed: "Fixed (journey order)", "固定（按旅程顺序）";
        order_random: "Random for each respondent", "每位受访者随机";
        layout_label: "Pages", "页面";
        layout_pair: "Both questions on one page", "正反向问题同页";
        layout_single: "One question per page", "每页一个问题";
        ask_importance: "Ask importance ({min}–{max})", "询问重要度（{min}–{max}）";
        language_label: "Survey language", "问卷语言";
        step_settings: "Change survey settings", "更改问卷设置";
        step_respondent: "Survey answers of {id}", "{id} 的问卷回答";
        step_partial: "Partial survey answers of {id}", "{id} 的部分问卷回答";
        pin_label: "Facilitator PIN", "主持人密码";
        lock_button: "Lock", "锁定";
        lock_tip: "With a PIN, these settings and leaving the survey ask for it.", "设置密码后，修改这些设置和离开问卷都需要输入它。";
        pin_length: "A PIN has 4 to 12 characters.", "密码须为 4 到 12 个字符。";
        locked_note: "Locked: the facilitator's PIN is needed.", "已锁定：需要主持人的密码。";
        unlock_button: "Unlock", "解锁";
        wrong_pin: "That PIN is not right.", "密码不正确。";
        importance_optional: "Importance is optional: press {min}–{max} to give it, or Enter again to go on without it.", "重要度可以不填：按 {min}–{max} 作答，或再按一次回车直接继续。";
    }
);
