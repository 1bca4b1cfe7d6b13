namespace StrategicPlanning.Reports;

/// <summary>
/// How a report fills a screen and an A4 page (issue 17, point 4): a column that uses a wide window, tables whose
/// columns wrap before they spill past it, and print rules that start only the big parts on a new page, keep
/// headings, captions and header rows with what follows, repeat header rows and never split a row or a chart.
/// Appended after <see cref="Page"/>'s style sheet, so these rules win where both set a property.
/// </summary>
internal static class PageLayout
{
    /// <summary>The layout rules, as CSS.</summary>
    public const string Styles = """
        main { max-width: 1240px; padding: 10mm clamp(12px, 3vw, 40px); }
        table { table-layout: auto; }
        th, td { padding: 1.2mm 1mm; }
        thead th, thead th.num { white-space: normal; vertical-align: bottom; }
        @media print, (max-width: 1000px) { section.theme td.num, #achievements td.num { white-space: normal; } }
        tbody th[scope=row] { min-width: 9em; overflow-wrap: anywhere; } section.theme tbody th[scope=row] { min-width: 12em; }
        td:last-child:not(.num) { overflow-wrap: anywhere; }
        td.trend-cell svg.measure-trend { width: 100%; min-width: 88px; max-width: 124px; height: auto; } td.trend-cell p.commentary { margin: 1mm 0 0; }
        .score-and-why { display: flex; flex-wrap: wrap; align-items: center; gap: 2mm 6mm; margin: 1mm 0 3mm; }
        .score-and-why svg.score-trend { flex: none; margin: 0; } .score-and-why > div { flex: 1 1 18em; }
        .theme-glance { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 2mm 4mm; margin: 1mm 0 3mm; }
        .theme-glance > .score-and-why { flex: 1 1 360px; margin: 0; } .theme-threats { flex: 0 1 auto; width: min-content; min-width: 14em; max-width: 100%; } .theme-threats > p { margin-top: 0; }
        @page { size: A4; margin: 12mm 11mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; } nav { display: none; }
          #headline svg.score-trend { width: 288px; height: 99px; } #moved { font-size: 9pt; }
          table { font-size: 8.5pt; } section.theme tbody th[scope=row] { min-width: 13em; }
          #moved, #exceptions, #improvement, #risks { break-before: page; }
          h2, h3, caption, thead, section.theme > p { break-after: avoid; }
          tbody tr:first-child { break-before: avoid; }
          tr, .card, .cards, svg, .counts, figure, .heatmaps, .why, .score-and-why, .theme-glance, ul.moved li { break-inside: avoid; }
          thead { display: table-header-group; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
