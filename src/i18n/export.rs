//! Strings of File ▸ Export…: the export dialog, the file dialog's filters, the progress shown
//! while a file is written, and the notices that say where it went.

use super::texts;

texts!(
    /// Strings of the export dialog and its notices.
    ExportTexts {
        title: "Export", "导出";
        what: "What", "导出内容";
        kind_report: "Report", "报告";
        kind_report_tip: "One document with everything: what the results say, the results table and the plots", "一份完整文档：结论解读、结果表和图表";
        kind_results: "Results table", "结果表";
        kind_results_tip: "The results table, one row per feature, to work on in a spreadsheet", "结果表（每个功能一行），可在电子表格中继续处理";
        kind_plot: "Plot", "图表";
        kind_plot_tip: "One plot as a picture, for slides and documents", "将一张图表导出为图片，用于幻灯片和文档";
        kind_questionnaire: "Questionnaire", "问卷";
        kind_questionnaire_tip: "The question pairs with their answers, to print or to set up on a survey platform", "成对问题及答案选项，可打印或导入问卷平台";
        format: "Format", "格式";
        report_html: "Web page (HTML, one self-contained file)", "网页（HTML，单个独立文件）";
        report_markdown: "Markdown (the plots as SVG files beside it)", "Markdown（图表另存为同目录下的 SVG 文件）";
        results_csv: "CSV (opens in any spreadsheet)", "CSV（任何电子表格软件均可打开）";
        results_xlsx: "Excel workbook (.xlsx)", "Excel 工作簿（.xlsx）";
        plot: "Which plot", "图表类型";
        picture_png: "PNG picture", "PNG 图片";
        picture_svg: "SVG (vector, sharp at any size)", "SVG（矢量图，任意缩放都清晰）";
        size: "Size", "尺寸";
        size_screen: "1280 × 800 (screen)", "1280 × 800（屏幕）";
        size_slide: "1920 × 1080 (slide)", "1920 × 1080（幻灯片）";
        size_uhd: "3840 × 2160 (4K)", "3840 × 2160（4K）";
        size_a4: "3508 × 2480 (A4 print, 300 dpi)", "3508 × 2480（A4 打印，300 dpi）";
        size_custom: "Custom size", "自定义尺寸";
        width: "Width", "宽";
        height: "Height", "高";
        pixels: "px", "像素";
        size_out_of_range: "Width and height must be whole numbers from {min} to {max} pixels.", "宽和高须为 {min} 至 {max} 之间的整数（像素）。";
        taller_note: "With many features the category chart grows taller than this, to keep its bars readable.", "功能较多时，类别占比图会比此尺寸更高，以保证条形清晰可读。";
        questionnaire_html: "Printable form (HTML)", "可打印问卷（HTML）";
        questionnaire_markdown: "Markdown", "Markdown 文档";
        questionnaire_csv: "CSV for a survey platform (one row per question)", "CSV，用于问卷平台（每题一行）";
        language: "Language", "语言";
        language_tip: "The language of the answer options and instructions; the questions stay as the project words them", "答案选项和说明文字的语言；题目保持项目中的原文";
        lang_en: "English", "英文";
        lang_zh: "Chinese", "中文";
        survey_language: "{lang} (the survey's language)", "{lang}（问卷语言）";
        respondents: "Respondents", "受访者";
        respondents_tip: "Which respondents the figures are about; starts as the segment the studio shows", "数据基于哪些受访者；默认与当前工作区显示的细分人群一致";
        all_respondents: "All respondents", "全部受访者";
        file_name: "Suggested file name: {name}", "建议文件名：{name}";
        export_button: "Export to file…", "导出到文件…";
        export_button_tip: "Choose where to save the file", "选择文件保存位置";
        cancel: "Cancel", "取消";
        busy: "The last export is still being written.", "上一个导出仍在写入中。";
        exporting: "Writing {name}…", "正在写入 {name}…";
        exported: "Exported to {path}.", "已导出到 {path}。";
        exported_with_pictures_if_one: "Exported to {path}, with {n} picture beside it.", "已导出到 {path}，同目录下另有 {n} 张图片。";
        exported_with_pictures: "Exported to {path}, with {n} pictures beside it.", "已导出到 {path}，同目录下另有 {n} 张图片。";
        could_not_export: "Could not export to {path}: {error}. Nothing was written.", "无法导出到 {path}：{error}。没有写入任何文件。";
        export_stopped: "the export stopped unexpectedly", "导出意外中止";
        failed_beside: "{file}: {error}", "{file}：{error}";
        filter_html: "Web page", "网页";
        filter_markdown: "Markdown", "Markdown 文档";
        filter_csv: "CSV", "CSV 文件";
        filter_xlsx: "Excel workbook", "Excel 工作簿";
        filter_svg: "SVG picture", "SVG 图片";
        filter_png: "PNG picture", "PNG 图片";
        plot_button: "Export…", "导出…";
        plot_button_tip: "Export this plot as a picture (PNG or SVG)", "将此图表导出为图片（PNG 或 SVG）";
        compare_arrows: "Arrows from “{from}” to “{to}” (the segments compared)", "箭头从“{from}”指向“{to}”（所比较的细分群体）";
        key_cut_whole_at_if_one: "note: {n} name in the key is cut short at this size; --size {size} shows it whole", "注意：此尺寸下编号列表中有 {n} 个名称被截短；使用 --size {size} 可完整显示";
        key_cut_whole_at: "note: {n} names in the key are cut short at this size; --size {size} shows them whole", "注意：此尺寸下编号列表中有 {n} 个名称被截短；使用 --size {size} 可完整显示";
        key_cut_larger_if_one: "note: {n} name in the key is cut short at this size; a larger --size shows more of it", "注意：此尺寸下编号列表中有 {n} 个名称被截短；更大的 --size 可显示更多";
        key_cut_larger: "note: {n} names in the key are cut short at this size; a larger --size shows more of them", "注意：此尺寸下编号列表中有 {n} 个名称被截短；更大的 --size 可显示更多";
        picture_key_cut_whole_at_if_one: "The picture's key cuts {n} name short at this size; a picture of {size} shows it whole.", "此尺寸下图中编号列表有 {n} 个名称被截短；{size} 的图片可完整显示。";
        picture_key_cut_whole_at: "The picture's key cuts {n} names short at this size; a picture of {size} shows them whole.", "此尺寸下图中编号列表有 {n} 个名称被截短；{size} 的图片可完整显示。";
        picture_key_cut_larger_if_one: "The picture's key cuts {n} name short at this size; a larger picture shows more of it.", "此尺寸下图中编号列表有 {n} 个名称被截短；更大的图片可显示更多。";
        picture_key_cut_larger: "The picture's key cuts {n} names short at this size; a larger picture shows more of them.", "此尺寸下图中编号列表有 {n} 个名称被截短；更大的图片可显示更多。";
    }
);
