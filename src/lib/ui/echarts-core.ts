/** ECharts as the page uses it: the core and only the parts the charts draw with. */
import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only what src/lib/charts draws: the whole of ECharts was a 1,2 MB chunk (issue 15.5). A chart of a new
// series type or component renders empty until it is added here (charts.test.ts checks the options).
echarts.use([
	BarChart,
	HeatmapChart,
	ScatterChart,
	AriaComponent,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent,
	CanvasRenderer,
	SVGRenderer
]);

/** ECharts with the parts above: tests render through it, so a part missing here fails them. */
export { echarts };
