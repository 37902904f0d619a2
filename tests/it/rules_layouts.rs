//! The default pack on the two layouts real plans use: the analytical layout of the
//! standard and the government layout (总体要求 / 主要目标 / 重点任务 / 组织实施). Guards the
//! pack's aliases against regressions; the checks themselves are tested elsewhere.

use peaklint::checks::Lang;
use peaklint::diagnostic::Severity;
use peaklint::document::read::{read_bytes, Limits};
use peaklint::pipeline::check_document;

/// The standard's own layout (chapters 6–9 and the PDCA chapter), numbered 第N章 / 一、.
const ANALYTICAL: &str = "# 某工业园区碳达峰实施方案

## 第一章 园区概况

正文。

## 第二章 工业园区碳排放分析

### 一、核算边界和方法

正文。

### 二、基准年碳排放清单

正文。

### 三、历史变化趋势

正文。

### 四、排放结构与强度

正文。

## 第三章 确立碳达峰目标

### 一、情景分析

正文。

### 二、达峰时间与峰值

正文。

### 三、阶段目标

正文。

### 四、碳达峰指标体系

正文。

## 第四章 实施路径

### 一、技术路径

正文。

### 二、市场路径

正文。

### 三、园区内企业碳达峰指导

正文。

## 第五章 指标跟踪体系与优化改进

### 一、监测与统计

正文。

### 二、评估与考核

正文。

### 三、优化改进

正文。

## 第六章 保障措施

正文。
";

/// A government-style plan: targets under 总体要求, 重点任务 as the pathway, 组织实施 as the
/// safeguards, and a tracking chapter named 监测评估与动态调整.
const GOVERNMENT: &str = "# 某经济技术开发区碳达峰实施方案

为深入贯彻落实《江苏省碳达峰实施方案》，结合园区实际，制定本方案。

## 一、园区概况

正文。

## 二、园区碳排放现状

### （一）核算边界与方法

正文。

### （二）碳排放清单

正文。

### （三）历年碳排放变化

正文。

## 三、总体要求

### （一）指导思想

正文。

### （二）主要目标

正文。

#### 1. 情景预测

正文。

#### 2. 达峰时间和峰值

正文。

#### 3. 主要指标

正文。

## 四、重点任务

### （一）能源绿色低碳转型行动

正文。

### （二）积极参与碳排放权交易

正文。

### （三）重点企业碳达峰行动

正文。

## 五、监测评估与动态调整

### （一）碳排放监测体系

正文。

### （二）年度评估

正文。

### （三）动态调整机制

正文。

## 六、组织实施

### （一）加强组织领导

正文。
";

fn structure_findings(text: &str) -> Vec<String> {
    let doc = read_bytes("plan.md", text.as_bytes(), &Limits::default())
        .unwrap_or_else(|e| panic!("plan does not read: {e}"));
    check_document(&doc, peaklint::pack::default_pack(), Lang::Zh)
        .diagnostics
        .iter()
        .filter(|d| d.rule.starts_with("structure/"))
        .map(|d| format!("{} {} {}", d.rule, d.severity.as_str(), d.message))
        .collect()
}

#[test]
fn the_analytical_layout_is_complete() {
    let findings = structure_findings(ANALYTICAL);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn the_government_layout_is_complete_when_it_has_the_standards_content() {
    let findings = structure_findings(GOVERNMENT);
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn a_bare_government_layout_misses_the_analysis_but_no_chapter_is_misread() {
    let bare = "# 某开发区碳达峰实施方案\n\n## 一、总体要求\n\n### （一）指导思想\n\n正文。\n\n### （二）主要目标\n\n确保2030年前实现碳达峰。\n\n## 二、重点任务\n\n正文。\n\n## 三、保障措施\n\n正文。\n";
    let doc = read_bytes("plan.md", bare.as_bytes(), &Limits::default())
        .unwrap_or_else(|e| panic!("plan does not read: {e}"));
    let result = check_document(&doc, peaklint::pack::default_pack(), Lang::Zh);
    let missing: Vec<(&str, Severity)> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule == "structure/missing-chapter")
        .filter_map(|d| d.expected.as_ref().map(|e| (e.id.as_str(), d.severity)))
        .collect();
    assert_eq!(
        missing,
        vec![
            ("profile", Severity::Warning),
            ("emission_analysis", Severity::Error),
            ("tracking", Severity::Error),
        ]
    );
}
