//! Readings generalised after round 39 of outside plans (session 27), in more than one
//! drafting style: a count of the parts just listed opening their shares (`三者分别占32.1%、
//! 12.2%和65.7%`, `lexicon.share_count_list`) makes the shares those of distinct parts, one
//! each: above 100% they are reported; below, the list is not judged (三者 may be three of
//! more parts).

use crate::common::findings;

fn inventory(sentence: &str) -> String {
    format!(
        "# 某园区碳达峰实施方案\n\n## 一、碳排放现状\n\n核算范围为园区规划范围内全部企业，只核算二氧化碳。\n\n{sentence}\n"
    )
}

#[test]
fn shares_after_a_count_of_the_parts_cannot_pass_the_whole() {
    for sentence in [
        // county notice
        "2021年园区二氧化碳排放总量27.1万吨，其中化石燃料燃烧8.7万吨，过程排放0.6万吨，外购电力间接排放17.8万吨，三者分别占32.1%、12.2%和65.7%。",
        // consultancy
        "基准年直接排放与间接排放分别为41.2万吨和66.5万吨，二者分别占园区排放的48.3%和61.7%。",
        // province guidance
        "燃料燃烧、工业过程和外购电力热力排放为园区主要排放源，以上三项分别占排放总量的58.0%、9.5%及38.1%。",
    ] {
        let f = findings(&inventory(sentence), "consistency/share-sum");
        assert_eq!(f.len(), 1, "{sentence}\n{f:#?}");
        assert!(f[0].message.contains("占比之和不等于100%"), "{}", f[0].message);
    }
    for sentence in [
        // adds up
        "2021年园区二氧化碳排放总量27.1万吨，其中化石燃料燃烧8.7万吨，过程排放0.6万吨，外购电力间接排放17.8万吨，三者分别占32.1%、2.2%和65.7%。",
        // three of more parts, below 100%
        "化工、建材和冶金三个行业排放最多，三者分别占园区排放的35.2%、18.6%和12.1%。",
        // the shares of different wholes
        "光伏和风电装机分别为40兆瓦和12兆瓦，二者分别占非化石能源消费的60%和70%以上。",
    ] {
        let f = findings(&inventory(sentence), "consistency/share-sum");
        assert!(f.is_empty(), "{sentence}\n{f:#?}");
    }
}
