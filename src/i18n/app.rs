//! Strings of the window: menus, commands, files, prompts, notices, status bar.

use super::texts;

texts!(
    /// Menus and commands: label and tooltip of each [`crate::ui::Command`].
    MenuTexts {
        file: "File", "文件";
        edit: "Edit", "编辑";
        view: "View", "视图";
        help: "Help", "帮助";
        language: "Language", "语言";
        open_recent: "Open recent", "最近打开";
        no_recent_files: "No recent files", "没有最近的文件";
        new: "New", "新建";
        new_tip: "Start a new, empty project", "新建一个空项目";
        open: "Open…", "打开…";
        open_tip: "Open a Kanoscope project file (*.kano.json)", "打开 Kanoscope 项目文件（*.kano.json）";
        save: "Save", "保存";
        save_tip: "Save the project to its file", "将项目保存到当前文件";
        save_as: "Save As…", "另存为…";
        save_as_tip: "Save the project to a new file", "将项目保存为新文件";
        import: "Import survey export…", "导入问卷数据…";
        import_tip: "Read a survey platform's export (CSV or Excel: Google Forms, SurveyMonkey, Qualtrics, 问卷星, 腾讯问卷) into a new project or the open one, after a preview", "预览后把问卷平台导出的数据（CSV 或 Excel：Google Forms、SurveyMonkey、Qualtrics、问卷星、腾讯问卷）读入新项目或当前项目";
        export: "Export…", "导出…";
        export_tip: "Write a report, the results table, a plot or the questionnaire to a file", "将报告、结果表、图表或问卷导出为文件";
        quit: "Quit", "退出";
        quit_tip: "Close Kanoscope (asks first if there are unsaved changes)", "关闭 Kanoscope（有未保存的更改时会先询问）";
        undo: "Undo", "撤销";
        undo_step: "Undo {step}", "撤销「{step}」";
        undo_tip: "Undo the last change", "撤销上一次更改";
        redo: "Redo", "重做";
        redo_step: "Redo {step}", "重做「{step}」";
        redo_tip: "Redo the last undone change", "重做上一次撤销的更改";
        add_feature: "Add feature", "添加功能";
        add_feature_tip: "Add a feature with its question pair", "添加一个功能及其成对问题";
        add_respondent: "Add respondent", "添加受访者";
        add_respondent_tip: "Add a respondent to enter answers for", "添加一位受访者并录入回答";
        features: "Features", "功能";
        features_tip: "Edit features and their question pairs", "编辑功能及其成对问题";
        responses: "Responses", "回答";
        responses_tip: "Enter and review every respondent's answers", "录入和查看每位受访者的回答";
        results: "Results", "结果";
        results_tip: "Every feature's category and figures", "每个功能的类别和指标";
        plots: "Plots", "图表";
        plots_tip: "Better–Worse diagram, category shares and continuous analysis", "Better–Worse 图、类别占比和连续分析";
        map: "Moments of truth", "关键时刻地图";
        map_tip: "Touchpoints in journey order, each feature a card coloured by its category", "按旅程顺序排列的触点，每个功能是一张按类别着色的卡片";
        take_survey: "Take survey", "开始问卷";
        take_survey_tip: "Hand the window to respondents: one feature at a time, nothing of the editor visible", "把窗口交给受访者：一次一个功能，不显示编辑器";
        present: "Present", "演示";
        present_tip: "Workshop mode: full screen, large type, slides that update live", "工作坊模式：全屏、大字号、实时更新的幻灯片";
        dark_theme: "Dark theme", "深色主题";
        dark_theme_tip: "Switch between the light and the dark theme", "在浅色和深色主题之间切换";
        about: "About Kanoscope", "关于 Kanoscope";
        about_tip: "What Kanoscope is and how it computes", "Kanoscope 是什么以及如何计算";
    }
);

texts!(
    /// The window, files, prompts and the status bar.
    AppTexts {
        untitled: "Untitled", "未命名";
        untitled_project: "Untitled project", "未命名项目";
        respondents_count_if_one: "{n} respondent", "{n} 位受访者";
        respondents_count: "{n} respondents", "{n} 位受访者";
        features_count_if_one: "{n} feature", "{n} 个功能";
        features_count: "{n} features", "{n} 个功能";
        not_saved_yet: "Not saved to a file yet", "尚未保存到文件";
        unsaved_changes: "• Unsaved changes", "• 有未保存的更改";
        saved: "Saved", "已保存";
        dismiss: "Dismiss", "关闭提示";
        save_changes_title: "Save changes?", "保存更改？";
        save_changes_before_new: "“{name}” has unsaved changes. Save them before starting a new project?", "“{name}”有未保存的更改。新建项目前要保存吗？";
        save_changes_before_open: "“{name}” has unsaved changes. Save them before opening another project?", "“{name}”有未保存的更改。打开其他项目前要保存吗？";
        save_changes_before_quit: "“{name}” has unsaved changes. Save them before closing?", "“{name}”有未保存的更改。关闭前要保存吗？";
        save_button: "Save", "保存";
        discard_button: "Discard", "不保存";
        cancel_button: "Cancel", "取消";
        close_button: "Close", "关闭";
        could_not_open: "Could not open the file. {error}. The project you had open is unchanged.", "无法打开文件。{error}。当前打开的项目没有改变。";
        could_not_save: "{error}. Your changes are still open here.", "{error}。您的更改仍保留在此窗口中。";
        change_refused: "That change was not made: {error}.", "未能进行此更改：{error}。";
        nothing_to_undo: "Nothing to undo.", "没有可撤销的操作。";
        nothing_to_redo: "Nothing to redo.", "没有可重做的操作。";
        new_feature_name: "New feature", "新功能";
        version: "Version {version} (commit {commit})", "版本 {version}（提交 {commit}）";
        about_text: "A studio for the Kano model of customer satisfaction: build the question pairs, collect answers, and see each feature classified with Better/Worse, strength and significance.", "卡诺模型（Kano）客户满意度分析工作室：编写成对问题、收集回答，并查看每个功能的分类、Better/Worse 系数、强度和显著性。";
        about_categories: "Categories: A {a}, O {o}, M {m}, I {i}, R {r}, Q {q}.", "类别：A {a}，O {o}，M {m}，I {i}，R {r}，Q {q}。";
        about_formulas: "Better = (A+O)/(A+O+M+I); Worse = −(O+M)/(A+O+M+I).", "Better = (A+O)/(A+O+M+I)；Worse = −(O+M)/(A+O+M+I)。";
        dialog_open: "Open a Kanoscope project", "打开 Kanoscope 项目";
        dialog_save: "Save the Kanoscope project", "保存 Kanoscope 项目";
        dialog_import: "Import a survey export", "导入问卷数据";
        filter_project: "Kanoscope project", "Kanoscope 项目";
        filter_survey_export: "Survey export", "问卷数据";
        imported: "Imported {respondents} and {features} from {path}. Save to keep them.", "已从 {path} 导入{respondents}和{features}。请保存以保留。";
        could_not_import: "Could not import {path}: {error}. The project you had open is unchanged.", "无法导入 {path}：{error}。当前打开的项目没有改变。";
        step_add_feature: "Add feature", "添加功能";
        step_add_respondent: "Add respondent", "添加受访者";
    }
);
