//! Strings of file dialogs: the studio's own (shown when the system's cannot be) and the note
//! while a system dialog is open.

use super::texts;

texts!(
    /// File dialogs.
    DialogTexts {
        waiting_title: "Choosing a file", "正在选择文件";
        waiting: "The system's file dialog is open: choose a file there, or close it to come back.", "系统的文件对话框已打开：请在其中选择文件，或关闭它以返回。";
        fallback_note: "The system's file dialog could not be shown here, so Kanoscope shows its own.", "此处无法显示系统的文件对话框，因此 Kanoscope 使用自带的对话框。";
        folder: "Folder", "文件夹";
        up: "Up", "上一级";
        up_tip: "Go to the folder that holds this one", "转到包含此文件夹的上一级文件夹";
        home: "Home", "主目录";
        home_tip: "Go to your home folder", "转到您的主目录";
        showing: "Folders and {filter} files ({extensions}):", "文件夹和{filter}文件（{extensions}）：";
        nothing_here: "No folders here and no files of this kind.", "这里没有文件夹，也没有这种类型的文件。";
        cut: "Only the first {n} entries of this folder are listed.", "仅列出此文件夹中的前 {n} 项。";
        file_name: "File name", "文件名";
        open_button: "Open", "打开";
        save_button: "Save", "保存";
        will_replace: "“{name}” exists: saving replaces it.", "“{name}”已存在：保存将替换它。";
        choose_a_file: "Choose a file in the list first.", "请先在列表中选择一个文件。";
        type_a_name: "Type a file name first.", "请先输入文件名。";
        no_such_file: "There is no file “{name}” in this folder.", "此文件夹中没有文件“{name}”。";
        no_such_folder: "There is no folder {folder}.", "没有文件夹 {folder}。";
        could_not_read_folder: "Could not read the folder {folder}: {error}.", "无法读取文件夹 {folder}：{error}。";
    }
);
