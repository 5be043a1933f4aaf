//! Strings of keeping work safe: recovery copies and the offer to restore them, the question
//! before overwriting a file another program changed, and opening a large file.

use super::texts;

texts!(
    /// Recovery, changed-on-disk and loading.
    SafetyTexts {
        restore_title: "Restore unsaved work?", "恢复未保存的工作？";
        restore_intro: "Kanoscope closed without saving last time. It kept these recovery copies:", "Kanoscope 上次关闭时有未保存的更改。以下是自动保留的恢复副本：";
        restore_copy_from: "File: {file}", "文件：{file}";
        restore_copy_never_saved: "never saved to a file", "尚未保存为文件";
        restore_copy_facts: "Saved {when} · {features} · {respondents}", "保存于{when} · {features} · {respondents}";
        restore_copy_damaged: "This copy cannot be used: {problem}", "此副本无法使用：{problem}";
        restore_button: "Restore", "恢复";
        restore_button_tip: "Open this work as an unsaved project; save it to keep it", "将此工作作为未保存的项目打开；保存后即可保留";
        delete_copy_button: "Delete…", "删除…";
        delete_copy_tip: "Delete this recovery copy", "删除此恢复副本";
        delete_copy_confirm: "Delete for good", "永久删除";
        delete_copy_confirm_tip: "The work in this copy will be lost", "此副本中的工作将会丢失";
        decide_later_button: "Decide later", "稍后决定";
        decide_later_tip: "Keep the copies; Kanoscope asks again on next start", "保留这些副本；下次启动时会再次询问";
        restored: "Restored “{title}” from its recovery copy ({respondents}). Save it to keep it.", "已从恢复副本中恢复「{title}」（{respondents}）。请保存以保留它。";
        could_not_restore: "Could not restore the recovery copy. {error}. The copy is kept.", "无法恢复此副本。{error}。副本已保留。";
        could_not_delete_copy: "Could not delete the recovery copy {file}: {error}", "无法删除恢复副本 {file}：{error}";
        could_not_write_copy: "Autosave failed: {error}. Save your work with Ctrl+S.", "自动保存失败：{error}。请按 Ctrl+S 保存您的工作。";
        just_now: "just now", "刚刚";
        minutes_ago: "{n} min ago", "{n} 分钟前";
        hours_ago: "{n} h ago", "{n} 小时前";
        days_ago_if_one: "{n} day ago", "{n} 天前";
        days_ago: "{n} days ago", "{n} 天前";
        changed_title: "The file changed on disk", "文件已在磁盘上被修改";
        changed_modified: "“{name}” was changed by another program (a sync folder, a colleague, another Kanoscope window) since you opened or last saved it here. Saving now replaces those changes with yours.", "自您在此打开或上次保存以来，「{name}」已被其他程序（同步文件夹、同事或另一个 Kanoscope 窗口）修改。现在保存将用您的版本覆盖那些更改。";
        changed_removed: "“{name}” was deleted or moved since you opened or last saved it here. Saving now writes it again at the same place.", "自您在此打开或上次保存以来，「{name}」已被删除或移动。现在保存将在原位置重新写入。";
        overwrite_button: "Overwrite", "覆盖";
        save_elsewhere_button: "Save As…", "另存为…";
        changed_notice: "“{name}” was changed on disk by another program. Kanoscope will ask before saving over it.", "「{name}」已被其他程序修改。保存时 Kanoscope 会先询问是否覆盖。";
        loading_title: "Opening {name}", "正在打开 {name}";
        loading_reading: "Reading… {done} of {total}", "正在读取… {done} / {total}";
        loading_checking: "Checking the answers…", "正在检查答案…";
        loading_cancel_tip: "Stop opening; the project you had open stays", "停止打开；当前项目保持不变";
        loading_busy: "Still opening {name}; wait for it or cancel it first.", "仍在打开 {name}；请等待完成或先取消。";
    }
);
