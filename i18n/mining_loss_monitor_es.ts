<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AreaEstimate</name>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="68"/>
        <source>Area estimate with confidence intervals</source>
        <translation>Estimación de áreas con intervalos de confianza</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="71"/>
        <source>&lt;p&gt;The area of each map class estimated from reference labels of a stratified random sample, with 95 % confidence intervals, and the user&apos;s, producer&apos;s and overall accuracy: the good practices of Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57). A map&apos;s pixel count is not an area estimate: maps miss the edges of mining fronts and small pits, and add false patches.&lt;/p&gt;&lt;p&gt;Points: the layer of &apos;Sampling design for area estimation&apos; once labelled, or any point layer labelled elsewhere. With a stratum field (and &lt;code&gt;stratum_area_ha&lt;/code&gt;) the strata are those of the design, and Stehman&apos;s (2014) estimators are used where they differ from the map classes; without it the strata are the map&apos;s classes, measured on the map. The map class of each point is its &lt;code&gt;map_class&lt;/code&gt; field, else the map under it.&lt;/p&gt;&lt;p&gt;Every point needs a reference class among the map&apos;s classes, and every stratum at least two points. Outputs: a table with &lt;code&gt;class&lt;/code&gt;, &lt;code&gt;map_area_ha&lt;/code&gt;, &lt;code&gt;area_ha&lt;/code&gt;, &lt;code&gt;area_ci95_ha&lt;/code&gt; and the accuracies with their intervals; the error matrix in proportions of area; an HTML report in the language of QGIS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El área de cada clase del mapa estimada a partir de las etiquetas de referencia de una muestra aleatoria estratificada, con intervalos de confianza del 95 %, y la exactitud del usuario, del productor y global: las buenas prácticas de Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57). Contar los píxeles de un mapa no es estimar un área: los mapas pierden los bordes de los frentes mineros y los pozos pequeños, y añaden parches falsos.&lt;/p&gt;&lt;p&gt;Puntos: la capa de 'Diseño de muestreo para la estimación de áreas' una vez etiquetada, o cualquier capa de puntos etiquetada en otra herramienta. Con un campo de estrato (y &lt;code&gt;stratum_area_ha&lt;/code&gt;) los estratos son los del diseño, y se usan los estimadores de Stehman (2014) donde difieren de las clases del mapa; sin él, los estratos son las clases del mapa, medidas en el mapa. La clase del mapa de cada punto es su campo &lt;code&gt;map_class&lt;/code&gt;, si no, la del mapa bajo el punto.&lt;/p&gt;&lt;p&gt;Cada punto necesita una clase de referencia entre las clases del mapa, y cada estrato al menos dos puntos. Salidas: una tabla con &lt;code&gt;class&lt;/code&gt;, &lt;code&gt;map_area_ha&lt;/code&gt;, &lt;code&gt;area_ha&lt;/code&gt;, &lt;code&gt;area_ci95_ha&lt;/code&gt; y las exactitudes con sus intervalos; la matriz de error en proporciones de área; un informe HTML en el idioma de QGIS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="87"/>
        <source>Labelled sample points</source>
        <translation>Puntos de muestra etiquetados</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="89"/>
        <source>Reference class field</source>
        <translation>Campo de la clase de referencia</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="92"/>
        <source>Stratum field</source>
        <translation>Campo del estrato</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="95"/>
        <source>Map the sample was drawn from</source>
        <translation>Mapa del que se extrajo la muestra</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="96"/>
        <source>Estimated area per class</source>
        <translation>Área estimada por clase</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="98"/>
        <source>Error matrix (proportions of area)</source>
        <translation>Matriz de error (proporciones de área)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="101"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="101"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="103"/>
        <source>Overall accuracy</source>
        <translation>Exactitud global</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="104"/>
        <source>Overall accuracy, 95 % half-width</source>
        <translation>Exactitud global, semiamplitud al 95 %</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="148"/>
        <source>Class {cls}: map {map} ha, estimated {area} ± {ci} ha (95 %).</source>
        <translation>Clase {cls}: mapa {map} ha, estimada {area} ± {ci} ha (95 %).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/area_estimate.py" line="152"/>
        <source>Overall accuracy {oa} ± {ci} (95 %), {points} points.</source>
        <translation>Exactitud global {oa} ± {ci} (95 %), {points} puntos.</translation>
    </message>
</context>
<context>
    <name>AreaEstimateReport</name>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="28"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="28"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="28"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="36"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="36"/>
        <source>Map (ha)</source>
        <translation>Mapa (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="36"/>
        <source>Estimated (ha)</source>
        <translation>Estimada (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="36"/>
        <source>95 % interval (ha)</source>
        <translation>Intervalo del 95 % (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="37"/>
        <source>User&apos;s accuracy</source>
        <translation>Exactitud del usuario</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="37"/>
        <source>Producer&apos;s accuracy</source>
        <translation>Exactitud del productor</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="51"/>
        <source>Map \ reference</source>
        <translation>Mapa \ referencia</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="61"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="57"/>
        <source>Stratum</source>
        <translation>Estrato</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="57"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="57"/>
        <source>Share of the area</source>
        <translation>Fracción del área</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="72"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="58"/>
        <source>buffer</source>
        <translation>franja</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="66"/>
        <source>Strata are the map classes: the stratified estimators of Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57, eqs. 2-11).</source>
        <translation>Los estratos son las clases del mapa: los estimadores estratificados de Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57, ecs. 2-11).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="69"/>
        <source>Strata differ from the map classes (e.g. a buffer stratum around mapped loss): the estimators of Stehman (2014, International Journal of Remote Sensing 35: 4923-4939), which are Olofsson&apos;s when the strata are the map classes.</source>
        <translation>Los estratos difieren de las clases del mapa (p. ej. una franja alrededor de la pérdida mapeada): los estimadores de Stehman (2014, International Journal of Remote Sensing 35: 4923-4939), que son los de Olofsson cuando los estratos son las clases del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="72"/>
        <source>Estimators</source>
        <translation>Estimadores</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="72"/>
        <source>Intervals</source>
        <translation>Intervalos</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="72"/>
        <source>Estimate ± 1.96 standard errors; no finite population correction.</source>
        <translation>Estimación ± 1,96 errores estándar; sin corrección por población finita.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="89"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="72"/>
        <source>map classes from the points&apos; map_class field</source>
        <translation>clases del mapa tomadas del campo map_class de los puntos</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="82"/>
        <source>Area of each class estimated from a labelled stratified random sample, with 95 % confidence intervals; made offline by Mining Loss Monitor on {day}.</source>
        <translation>Área de cada clase estimada a partir de una muestra aleatoria estratificada etiquetada, con intervalos de confianza del 95 %; elaborado sin conexión por Mining Loss Monitor el {day}.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="85"/>
        <source>Labelled points</source>
        <translation>Puntos etiquetados</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="85"/>
        <source>Strata</source>
        <translation>Estratos</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="85"/>
        <source>Overall accuracy</source>
        <translation>Exactitud global</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="88"/>
        <source>Map versus estimated area</source>
        <translation>Área del mapa frente a área estimada</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="89"/>
        <source>Hectares per class</source>
        <translation>Hectáreas por clase</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="89"/>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="89"/>
        <source>hectares</source>
        <translation>hectáreas</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="92"/>
        <source>The map's hectares count its pixels; the estimate corrects them by what the reference labels found (omission and commission). ± is the half-width of the 95 % confidence interval (1.96 standard errors).</source>
        <translation>Las hectáreas del mapa cuentan sus píxeles; la estimación las corrige con lo que hallaron las etiquetas de referencia (omisión y comisión). ± es la semiamplitud del intervalo de confianza del 95 % (1,96 errores estándar).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="96"/>
        <source>Error matrix in proportions of area</source>
        <translation>Matriz de error en proporciones de área</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="97"/>
        <source>Rows: map class; columns: reference class. Each cell is the estimated share of the whole area; the diagonal adds up to the overall accuracy.</source>
        <translation>Filas: clase del mapa; columnas: clase de referencia. Cada celda es la fracción estimada del área total; la diagonal suma la exactitud global.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="100"/>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="101"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_report.py" line="102"/>
        <source>Area estimate with confidence intervals</source>
        <translation>Estimación de áreas con intervalos de confianza</translation>
    </message>
</context>
<context>
    <name>ComparePeriods</name>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="61"/>
        <source>Compare loss before and after an operation</source>
        <translation>Comparar la pérdida antes y después de un operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="87"/>
        <source>Before: first day</source>
        <translation>Antes: primer día</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="87"/>
        <source>Before: last day</source>
        <translation>Antes: último día</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="87"/>
        <source>After: first day</source>
        <translation>Después: primer día</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="87"/>
        <source>After: last day</source>
        <translation>Después: último día</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="78"/>
        <source>Operations</source>
        <translation>Operativos</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="91"/>
        <source>Before window</source>
        <translation>Ventana anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="91"/>
        <source>Same calendar window one year earlier</source>
        <translation>La misma ventana del calendario un año antes</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="91"/>
        <source>Equal length immediately before</source>
        <translation>Igual duración inmediatamente antes</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="83"/>
        <source>After window length (months)</source>
        <translation>Duración de la ventana posterior (meses)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="100"/>
        <source>Before and after per region</source>
        <translation>Antes y después por región</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="113"/>
        <source>A window ends before it starts. Check the four dates.</source>
        <translation>Una ventana termina antes de empezar. Revise las cuatro fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="129"/>
        <source>Operation &apos;{name}&apos; is not in the operations layer. Known: {known}.</source>
        <translation>El operativo '{name}' no está en la capa de operativos. Conocidos: {known}.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="197"/>
        <source>{region}: {before} ha before, {after} ha after ({change} %).</source>
        <translation>{region}: {before} ha antes, {after} ha después ({change} %).</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="94"/>
        <source>Loss to compare</source>
        <translation>Pérdida a comparar</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="94"/>
        <source>All forest loss</source>
        <translation>Toda la pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="94"/>
        <source>Mining loss only</source>
        <translation>Solo pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="94"/>
        <source>Other forest loss only</source>
        <translation>Solo otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="80"/>
        <source>Operation</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="124"/>
        <source>Give an operations layer and choose the operation (or select it on the map), or give the four window dates under Advanced parameters.</source>
        <translation>Indique una capa de operativos y elija el operativo (o selecciónelo en el mapa), o dé las cuatro fechas de las ventanas en Parámetros avanzados.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="175"/>
        <source>The loss data cover {first} to {last} (first and last image): the windows were cut to them, so months without images are not counted as months without loss. Counted: before {bs} to {be}, after {as_} to {ae}.</source>
        <translation>Los datos de pérdida cubren del {first} al {last} (primera y última imagen): las ventanas se recortaron a esas fechas, para no contar meses sin imágenes como meses sin pérdida. Contado: antes del {bs} al {be}, después del {as_} al {ae}.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="184"/>
        <source>The two windows now differ in length: compare the monthly rates (ha/month), not the totals.</source>
        <translation>Las dos ventanas tienen ahora distinta duración: compare las tasas mensuales (ha/mes), no los totales.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="64"/>
        <source>&lt;p&gt;Hectares of forest loss per region in a window before and a window after, their monthly rates and the change in percent, as in MAAP&apos;s reports (La Pampa: 900 ha in Feb-Jun 2018, 67 ha in Feb-Jun 2019, -92%).&lt;/p&gt;&lt;p&gt;Choose the operations layer and the operation in the list (or select the operation on the map first): the after window starts on the operation&apos;s start date and lasts the given number of months; the before window is the same calendar window one year earlier (MAAP style) or an equal length immediately before (Advanced parameters, where four dates can also be given instead of an operation). When the loss comes from this plugin&apos;s time series, windows are cut to the dates of its first and last image, and the table says which dates were counted. Areas are computed as in &apos;Forest loss per region and period&apos;. Products dated only to the year need windows of whole calendar years.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hectáreas de pérdida de bosque por región en una ventana anterior y una ventana posterior, sus tasas mensuales y el cambio en porcentaje, como en los informes de MAAP (La Pampa: 900 ha en feb-jun 2018, 67 ha en feb-jun 2019, -92 %).&lt;/p&gt;&lt;p&gt;Elija la capa de operativos y el operativo en la lista (o seleccione antes el operativo en el mapa): la ventana posterior empieza en la fecha de inicio del operativo y dura el número de meses indicado; la ventana anterior es la misma ventana del calendario un año antes (estilo MAAP) o una ventana de igual duración inmediatamente antes (Parámetros avanzados, donde también pueden darse cuatro fechas en lugar de un operativo). Cuando la pérdida viene de la serie temporal de este complemento, las ventanas se recortan a las fechas de su primera y última imagen, y la tabla indica qué fechas se contaron. Las áreas se calculan como en 'Pérdida de bosque por región y periodo'. Los productos fechados solo por año necesitan ventanas de años calendario completos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="193"/>
        <source>Counted: {kind}, before {b0} to {b1}, after {a0} to {a1}.</source>
        <translation>Contado: {kind}, antes del {b0} al {b1}, después del {a0} al {a1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/compare_periods.py" line="116"/>
        <source>The window after starts on {after_start}, before the window before ends ({before_end}): the windows are swapped or overlap. The window after must start once the window before is over.</source>
        <translation>La ventana posterior empieza el {after_start}, antes de que termine la ventana anterior ({before_end}): las ventanas están invertidas o se superponen. La ventana posterior debe empezar cuando la anterior haya terminado.</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="34"/>
        <source>Before: {before}. After: {after}. Made offline by Mining Loss Monitor on {day}.</source>
        <translation>Antes: {before}. Después: {after}. Elaborado sin conexión por Mining Loss Monitor el {day}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="40"/>
        <source>Operation: {name}, started {start}.</source>
        <translation>Operativo: {name}, iniciado el {start}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="86"/>
        <source>Before (ha)</source>
        <translation>Antes (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="86"/>
        <source>After (ha)</source>
        <translation>Después (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="86"/>
        <source>Change (%)</source>
        <translation>Cambio (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="87"/>
        <source>Before (ha/month)</source>
        <translation>Antes (ha/mes)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="87"/>
        <source>After (ha/month)</source>
        <translation>Después (ha/mes)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="48"/>
        <source>Regions with loss</source>
        <translation>Regiones con pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="48"/>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="54"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="55"/>
        <source>Before: {window}</source>
        <translation>Antes: {window}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="55"/>
        <source>After: {window}</source>
        <translation>Después: {window}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="65"/>
        <source>ha/month</source>
        <translation>ha/mes</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="60"/>
        <source>Regions shaded by hectares of loss per month, one scale for both maps; regions without loss in grey.</source>
        <translation>Regiones coloreadas según las hectáreas de pérdida por mes, con una misma escala para ambos mapas; regiones sin pérdida en gris.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="65"/>
        <source>Hectares per month</source>
        <translation>Hectáreas por mes</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="65"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="65"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="69"/>
        <source>Loss per region, before and after</source>
        <translation>Pérdida por región, antes y después</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="71"/>
        <source>No loss before or after in {count} regions: {names}.</source>
        <translation>Sin pérdida antes ni después en {count} regiones: {names}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="71"/>
        <source>No loss before or after in one region: {names}.</source>
        <translation>Sin pérdida antes ni después en una región: {names}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="71"/>
        <source>{names} and {more} more</source>
        <translation>{names} y {more} más</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="74"/>
        <source>Regions sorted by loss, before and after together. The table output (CSV or GeoPackage) holds every region.</source>
        <translation>Regiones ordenadas por pérdida, antes y después juntas. La tabla de salida (CSV o GeoPackage) contiene todas las regiones.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="77"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="81"/>
        <source>Forest loss before and after</source>
        <translation>Pérdida de bosque antes y después</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="85"/>
        <source>No region has loss before or after.</source>
        <translation>Ninguna región tiene pérdida antes ni después.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="86"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="87"/>
        <source>Rate change (%)</source>
        <translation>Cambio de la tasa (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/comparison_report.py" line="92"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="20"/>
        <source>Cannot read the raster given as {role} ({path}). Check that the file exists and is a raster GDAL can open.</source>
        <translation>No se puede leer el ráster indicado como {role} ({path}). Compruebe que el archivo existe y es un ráster que GDAL puede abrir.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="23"/>
        <source>{role} has {found} band(s) but the chosen sensor needs at least {needed}. Choose the sensor preset that matches the stack, or the Custom preset with its band numbers.</source>
        <translation>{role} tiene {found} banda(s), pero el sensor elegido necesita al menos {needed}. Elija el perfil de sensor que corresponde a la pila de bandas, o el perfil Personalizado con sus números de banda.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="35"/>
        <source>it has {found} bands, a mask has one</source>
        <translation>tiene {found} bandas y una máscara tiene una sola</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="37"/>
        <source>its values are not integers</source>
        <translation>sus valores no son enteros</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="38"/>
        <source>its values are outside the Sentinel-2 SCL classes 0 to 11</source>
        <translation>sus valores están fuera de las clases SCL de Sentinel-2 (0 a 11)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="39"/>
        <source>its values are outside the Landsat QA_PIXEL range</source>
        <translation>sus valores están fuera del rango de QA_PIXEL de Landsat</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="53"/>
        <source>{role} is not a valid mask: {reason}. Give the cloud mask of the same date and choose the matching mask type.</source>
        <translation>{role} no es una máscara válida: {reason}. Indique la máscara de nubes de la misma fecha y elija el tipo de máscara correspondiente.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="57"/>
        <source>Cannot write {path}: the folder does not exist or is read-only. Choose another output location.</source>
        <translation>No se puede escribir {path}: la carpeta no existe o es de solo lectura. Elija otra ubicación de salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="60"/>
        <source>The minimum area must be zero or more hectares (got {value}).</source>
        <translation>El área mínima debe ser de cero o más hectáreas (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="62"/>
        <source>Custom bands must be 4 or 6 band numbers separated by commas (blue, green, red, NIR[, SWIR1, SWIR2]); got &apos;{text}&apos;.</source>
        <translation>Las bandas personalizadas deben ser 4 o 6 números de banda separados por comas (azul, verde, rojo, NIR[, SWIR1, SWIR2]); se recibió '{text}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="65"/>
        <source>{role} is not a loss class raster of this plugin (one byte band with values 0, 1, 2 and 255). Run &apos;Detect mining loss&apos; first and give its output.</source>
        <translation>{role} no es un ráster de clases de pérdida de este complemento (una banda de un byte con valores 0, 1, 2 y 255). Ejecute primero 'Detectar pérdida minera' e indique su salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="71"/>
        <source>{role} is not on the same grid as the class raster. Give the date and confidence rasters written by the same detection run.</source>
        <translation>{role} no está en la misma grilla que el ráster de clases. Indique los rásteres de fecha y de confianza escritos por la misma detección.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="127"/>
        <source>Invalid input: {code}</source>
        <translation>Entrada no válida: {code}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="196"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelado por el usuario; no se escribió ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="200"/>
        <source>Every pixel is masked (clouds, shadows or no data) on at least one date: no loss could be measured. Choose clearer images.</source>
        <translation>Todos los píxeles están enmascarados (nubes, sombras o sin datos) en al menos una fecha: no se pudo medir ninguna pérdida. Elija imágenes más despejadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="74"/>
        <source>This loss product is dated only to the year: it cannot be split into months or quarters, and comparison windows must be whole calendar years. Choose yearly periods.</source>
        <translation>Este producto de pérdida está fechado solo por año: no se puede dividir en meses ni trimestres, y las ventanas de comparación deben ser años calendario completos. Elija periodos anuales.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="78"/>
        <source>This loss has no dates (a binary mask, or a class raster without its date raster): choose the whole range as the period, or give the loss dates.</source>
        <translation>Esta pérdida no tiene fechas (una máscara binaria, o un ráster de clases sin su ráster de fechas): elija todo el rango como periodo, o indique las fechas de pérdida.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="88"/>
        <source>The regions layer has no features. Choose a layer with at least one polygon.</source>
        <translation>La capa de regiones no tiene entidades. Elija una capa con al menos un polígono.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="91"/>
        <source>Cannot read the CSV file {path}.</source>
        <translation>No se puede leer el archivo CSV {path}.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="93"/>
        <source>The CSV lacks the column(s) {missing}. It needs name, start_date and either wkt or region.</source>
        <translation>Al CSV le falta(n) la(s) columna(s) {missing}. Necesita name, start_date y además wkt o region.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="99"/>
        <source>A time series needs at least two images (got {count}). Add the images of the other dates.</source>
        <translation>Una serie temporal necesita al menos dos imágenes (se recibió {count}). Agregue las imágenes de las otras fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="110"/>
        <source>No date found for {path}: put YYYYMMDD or YYYY-MM-DD in the file name, or give the Dates parameter.</source>
        <translation>No se encontró la fecha de {path}: ponga AAAAMMDD o AAAA-MM-DD en el nombre del archivo, o indique el parámetro Fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="113"/>
        <source>Cannot read the date &apos;{value}&apos;. Write dates as YYYY-MM-DD separated by commas.</source>
        <translation>No se puede leer la fecha '{value}'. Escriba las fechas como AAAA-MM-DD separadas por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="116"/>
        <source>{dates} dates were given for {images} images. Give one date per image, in the same order.</source>
        <translation>Se indicaron {dates} fechas para {images} imágenes. Indique una fecha por imagen, en el mismo orden.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="119"/>
        <source>{masks} masks were given for {images} images. Give one mask per image (or none).</source>
        <translation>Se indicaron {masks} máscaras para {images} imágenes. Indique una máscara por imagen (o ninguna).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="122"/>
        <source>The masks do not match the image dates (no mask for {dates}). Give one mask per image date.</source>
        <translation>Las máscaras no corresponden a las fechas de las imágenes (no hay máscara para {dates}). Indique una máscara por fecha de imagen.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="125"/>
        <source>Observations to confirm must be between 1 and {window} (got {value}).</source>
        <translation>Las observaciones para confirmar deben estar entre 1 y {window} (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="96"/>
        <source>This loss layer does not say which loss is mining: compare all forest loss, or give our class raster or polygons with a kind field.</source>
        <translation>Esta capa de pérdida no indica qué pérdida es minera: compare toda la pérdida de bosque, o indique nuestro ráster de clases o polígonos con un campo kind.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="81"/>
        <source>before</source>
        <translation>anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="81"/>
        <source>after</source>
        <translation>posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="83"/>
        <source>The {which} window ({start} to {end}) holds no image: the loss data cover only {first} to {last}. Choose a window inside these dates (or a shorter one), or add images that cover it.</source>
        <translation>La ventana {which} ({start} a {end}) no contiene ninguna imagen: los datos de pérdida solo cubren del {first} al {last}. Elija una ventana dentro de esas fechas (o más corta), o añada imágenes que la cubran.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="27"/>
        <source>{role} does not overlap {reference_role}. Choose images (and masks) of the same area.</source>
        <translation>{role} no se superpone con {reference_role}. Elija imágenes (y máscaras) de la misma zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="40"/>
        <source>it looks like a Sentinel-2 SCL mask, not a &apos;{chosen}&apos; mask. Choose the mask type &apos;{looks}&apos;</source>
        <translation>parece una máscara SCL de Sentinel-2, no una máscara «{chosen}». Elija el tipo de máscara «{looks}»</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="43"/>
        <source>it looks like a Landsat QA_PIXEL mask, not a &apos;{chosen}&apos; mask. Choose the mask type &apos;{looks}&apos;</source>
        <translation>parece una máscara QA_PIXEL de Landsat, no una máscara «{chosen}». Elija el tipo de máscara «{looks}»</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="46"/>
        <source>it looks like a binary mask, not a &apos;{chosen}&apos; mask. Choose the mask type &apos;{looks}&apos;</source>
        <translation>parece una máscara binaria, no una máscara «{chosen}». Elija el tipo de máscara «{looks}»</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="51"/>
        <source>{role} does not match the mask type: {reason}.</source>
        <translation>{role} no corresponde al tipo de máscara: {reason}.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="155"/>
        <source>it is a Sentinel-2 Level-1C product (top of atmosphere). Download the Level-2A product (MSIL2A) of the same date</source>
        <translation>es un producto Sentinel-2 de nivel 1C (techo de la atmósfera). Descargue el producto de nivel 2A (MSIL2A) de la misma fecha</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="157"/>
        <source>it is a Landsat Level-1 product. Download the Collection 2 Level-2 product (L2SP) of the same date</source>
        <translation>es un producto Landsat de nivel 1. Descargue el producto de nivel 2 de la Colección 2 (L2SP) de la misma fecha</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="159"/>
        <source>the archive or one of its bands cannot be read (an incomplete download?). Download it again</source>
        <translation>no se puede leer el archivo o una de sus bandas (¿descarga incompleta?). Vuelva a descargarlo</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="161"/>
        <source>its metadata does not list the blue, green, red, NIR and SWIR bands and the cloud mask. Give the whole product</source>
        <translation>sus metadatos no indican las bandas azul, verde, roja, NIR y SWIR ni la máscara de nubes. Indique el producto completo</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="163"/>
        <source>its metadata has no acquisition date</source>
        <translation>sus metadatos no tienen fecha de adquisición</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="167"/>
        <source>it holds no Sentinel-2 L2A or Landsat 8/9 Level-2 product (no MTD_MSIL2A.xml or _MTL.txt)</source>
        <translation>no contiene ningún producto Sentinel-2 L2A ni Landsat 8/9 de nivel 2 (no hay MTD_MSIL2A.xml ni _MTL.txt)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="170"/>
        <source>{role}: {path} cannot be used: {reason}.</source>
        <translation>{role}: no se puede usar {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="174"/>
        <source>It looks like a &apos;{suggestion}&apos;; choose that preset.</source>
        <translation>Parece una «{suggestion}»: elija ese perfil.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="177"/>
        <source>Check the band order and choose the Custom preset with its scale and offset.</source>
        <translation>Revise el orden de las bandas y elija el perfil Personalizado con su escala y desplazamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="179"/>
        <source>With the sensor preset &apos;{preset}&apos;, {role} gives reflectances no surface has (below -0.05 or above 1.5). {advice}</source>
        <translation>Con el perfil de sensor «{preset}», {role} da reflectancias que ninguna superficie tiene (menos de -0,05 o más de 1,5). {advice}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="183"/>
        <source>{before_role} is dated {before}, after {after_role} ({after}): the images are swapped. Give the earlier image as {before_role}.</source>
        <translation>{before_role} tiene fecha {before}, posterior a {after_role} ({after}): las imágenes están invertidas. Indique la imagen más antigua como {before_role}.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="186"/>
        <source>{role} does not overlap the image. Draw the area of interest over the image, or leave it empty.</source>
        <translation>{role} no se superpone con la imagen. Dibuje el área de interés sobre la imagen, o déjela vacía.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="189"/>
        <source>The cloud-edge buffer must be zero or more metres (got {value}).</source>
        <translation>El margen de borde de nube debe ser de cero metros o más (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="190"/>
        <source>Every pixel is masked (clouds, shadows or no data) on at least one date, so no loss could be measured and no output was written. Check the mask type and the masks, or choose clearer images.</source>
        <translation>Todos los píxeles están enmascarados (nubes, sombras o sin datos) en al menos una fecha: no se pudo medir ninguna pérdida y no se escribió ningún resultado. Revise el tipo de máscara y las máscaras, o elija imágenes más despejadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="164"/>
        <source>this QGIS has no JPEG2000 driver in GDAL to read its bands (JP2OpenJPEG). Install QGIS with OpenJPEG, or stack the bands as GeoTIFF</source>
        <translation>este QGIS no tiene en GDAL un controlador JPEG2000 para leer sus bandas (JP2OpenJPEG). Instale QGIS con OpenJPEG, o apile las bandas como GeoTIFF</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="207"/>
        <source>a loss class raster of this plugin: one band, values 0, 1, 2 and 255</source>
        <translation>un ráster de clases de pérdida de este complemento: una banda, valores 0, 1, 2 y 255</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="208"/>
        <source>a loss date raster: one band, dates YYYYMMDD (0 = no loss)</source>
        <translation>un ráster de fechas de pérdida: una banda, fechas AAAAMMDD (0 = sin pérdida)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="209"/>
        <source>a Hansen GFC lossyear raster: one band, values 0 to N (year 2000+N)</source>
        <translation>un ráster lossyear de Hansen GFC: una banda, valores 0 a N (año 2000+N)</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="210"/>
        <source>a GFW alerts raster: one band, 0 or confidence × 10000 + days since 2014-12-31</source>
        <translation>un ráster de alertas de GFW: una banda, 0 o confianza × 10000 + días desde el 2014-12-31</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="212"/>
        <source>a binary mask: one band</source>
        <translation>una máscara binaria: una banda</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="215"/>
        <source>it has {found} bands</source>
        <translation>tiene {found} bandas</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="217"/>
        <source>it holds the value {value}</source>
        <translation>contiene el valor {value}</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="218"/>
        <source>{role} is not {expected}: {found}. Choose the «Raster encoding» that matches this raster, or give the raster that encoding describes (a 'Detect mining loss' output, Hansen lossyear, GFW alerts).</source>
        <translation>{role} no es {expected}: {found}. Elija la «Codificación del ráster» que corresponde a este ráster, o indique el ráster que esa codificación describe (una salida de 'Detectar pérdida minera', lossyear de Hansen, alertas de GFW).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="102"/>
        <source>Several Sentinel-1 products have the same date ({dates}: {names}). Give one product per date: remove a product given twice, or keep the frame of that pass that covers your area.</source>
        <translation>Varios productos de Sentinel-1 tienen la misma fecha ({dates}: {names}). Indique un producto por fecha: quite el producto dado dos veces, o quédese con el tramo (frame) de esa pasada que cubre su zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="106"/>
        <source>Several images have the same date ({dates}: {names}). Give one image per date: remove a product given twice, or merge the tiles of one day into one stack first.</source>
        <translation>Varias imágenes tienen la misma fecha ({dates}: {names}). Indique una imagen por fecha: quite el producto dado dos veces, o una antes en una sola pila las teselas de un mismo día.</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../scripts/demo/make_project.py" line="133"/>
        <source>Enforcement operations</source>
        <translation>Operativos de control</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="136"/>
        <source>Dated loss polygons</source>
        <translation>Polígonos de pérdida fechados</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="140"/>
        <source>Districts (INEI 2007)</source>
        <translation>Distritos (INEI 2007)</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="144"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="149"/>
        <source>Loss classes (series)</source>
        <translation>Clases de pérdida (serie)</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="149"/>
        <source>Loss dates (series)</source>
        <translation>Fechas de pérdida (serie)</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="149"/>
        <source>Loss confidence (series)</source>
        <translation>Confianza de la pérdida (serie)</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="159"/>
        <source>Sentinel-2 after, true colour 2019-08-05</source>
        <translation>Sentinel-2 posterior, color verdadero 2019-08-05</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="161"/>
        <source>Sentinel-2 before, true colour 2018-07-10</source>
        <translation>Sentinel-2 anterior, color verdadero 2018-07-10</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="154"/>
        <source>Loss dates (optical + radar)</source>
        <translation>Fechas de pérdida (óptico + radar)</translation>
    </message>
    <message>
        <location filename="../scripts/demo/make_project.py" line="154"/>
        <source>Alert source (optical, radar)</source>
        <translation>Fuente de la alerta (óptico, radar)</translation>
    </message>
</context>
<context>
    <name>Destinations</name>
    <message>
        <location filename="../algorithms/parameters/output_folders.py" line="27"/>
        <source>&apos;{field}&apos;: cannot write {path} (the folder cannot be created or is read-only). Choose another location.</source>
        <translation>'{field}': no se puede escribir {path} (la carpeta no se puede crear o es de solo lectura). Elija otra ubicación.</translation>
    </message>
</context>
<context>
    <name>DetectRadar</name>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="37"/>
        <source>Detect mining loss (Sentinel-1 radar)</source>
        <translation>Detectar pérdida minera (radar Sentinel-1)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="40"/>
        <source>&lt;p&gt;Finds &lt;b&gt;when&lt;/b&gt; forest was lost from a series of Sentinel-1 radar images, which see through the clouds of the rainy season, the way RADD alerts work, offline and with rules you can explain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Images as downloaded&lt;/b&gt;: ASF HyP3 RTC products (&lt;i&gt;.zip&lt;/i&gt; or folder, e.g. &lt;i&gt;S1A_IW_20190106T101512_DVP_RTC30_G_gpuned_A100&lt;/i&gt;: VV and VH; power, decibel or amplitude as its name says; its layover/shadow map masks layover and shadow), OPERA RTC-S1 GeoTIFFs (&lt;i&gt;_VV.tif&lt;/i&gt; with its &lt;i&gt;_VH.tif&lt;/i&gt; and &lt;i&gt;_mask.tif&lt;/i&gt;), or 2-band VV/VH stacks with the date in the name (dB when negative, else power); or a folder of them. All on one grid (same projection and pixel size).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;The first {baseline} dates (a third of the series when shorter) give each pixel its forest level in VV and VH; only forest is watched.&lt;/li&gt;&lt;li&gt;Each date is levelled on its neighbourhood (about {cell} m), so the rainy season, a storm cell or a bad swath edge that brighten or darken everything do not read as loss.&lt;/li&gt;&lt;li&gt;Each later date gives a probability that the forest is gone, from the drop in VV and VH (cleared mining ground is about 6 dB in VV and 7 dB in VH below the forest on real Sentinel-1 over La Pampa). Above {flag} % the pixel is &lt;b&gt;flagged&lt;/b&gt; on that date; later dates update the probability: &lt;b&gt;confirmed&lt;/b&gt; at {confirm} %, dropped when later dates look like forest again or after {days} days without confirmation; open flags of at least {probable} % at the end are &lt;b&gt;probable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Mining: patches that are mostly new water or bare ground after the flag; other forest loss otherwise. Patches under the minimum area are removed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Outputs as the optical time series: classes (0, 1 mining, 2 other, 255 no data), loss date (YYYYMMDD of the first radar observation of the loss) and confidence (2 probable, 3 confirmed). &apos;Integrate optical and radar alerts&apos; combines them with an optical series.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra &lt;b&gt;cuándo&lt;/b&gt; se perdió el bosque a partir de una serie de imágenes de radar Sentinel-1, que ven a través de las nubes de la temporada de lluvias, como funcionan las alertas RADD, sin conexión y con reglas que puede explicar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Imágenes tal como se descargan&lt;/b&gt;: productos RTC de ASF HyP3 (&lt;i&gt;.zip&lt;/i&gt; o carpeta, p. ej. &lt;i&gt;S1A_IW_20190106T101512_DVP_RTC30_G_gpuned_A100&lt;/i&gt;: VV y VH; potencia, decibelios o amplitud según dice su nombre; su mapa de inversión por relieve y sombra enmascara esas zonas), GeoTIFF OPERA RTC-S1 (&lt;i&gt;_VV.tif&lt;/i&gt; con su &lt;i&gt;_VH.tif&lt;/i&gt; y su &lt;i&gt;_mask.tif&lt;/i&gt;), o pilas VV/VH de 2 bandas con la fecha en el nombre (dB si son negativas, si no potencia); o una carpeta con ellos. Todos en una misma cuadrícula (misma proyección y tamaño de píxel).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Las primeras {baseline} fechas (un tercio de la serie si es más corta) dan a cada píxel su nivel de bosque en VV y VH; solo se vigila el bosque.&lt;/li&gt;&lt;li&gt;Cada fecha se nivela con su vecindario (unos {cell} m), de modo que la temporada de lluvias, una celda de tormenta o un borde de franja defectuoso que aclaran u oscurecen todo no se leen como pérdida.&lt;/li&gt;&lt;li&gt;Cada fecha posterior da una probabilidad de que el bosque haya desaparecido, a partir de la caída en VV y VH (el suelo minero desbrozado está unos 6 dB en VV y 7 dB en VH por debajo del bosque en Sentinel-1 real sobre La Pampa). Por encima del {flag} % el píxel queda &lt;b&gt;marcado&lt;/b&gt; en esa fecha; las fechas siguientes actualizan la probabilidad: &lt;b&gt;confirmado&lt;/b&gt; al {confirm} %, descartado cuando las fechas siguientes vuelven a parecer bosque o tras {days} días sin confirmación; las marcas abiertas de al menos {probable} % al final son &lt;b&gt;probables&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Minería: parches que tras la marca son sobre todo agua nueva o suelo desnudo; otra pérdida de bosque en los demás casos. Se eliminan los parches menores que el área mínima.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Salidas como la serie temporal óptica: clases (0, 1 minería, 2 otra, 255 sin datos), fecha de pérdida (AAAAMMDD de la primera observación de radar de la pérdida) y confianza (2 probable, 3 confirmada). «Integrar alertas ópticas y de radar» las combina con una serie óptica.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="67"/>
        <source>Sentinel-1 RTC images (HyP3 or OPERA products, VV/VH stacks, or a folder)</source>
        <translation>Imágenes RTC de Sentinel-1 (productos HyP3 u OPERA, pilas VV/VH o una carpeta)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="71"/>
        <source>Minimum mapping unit (ha)</source>
        <translation>Unidad mínima de mapeo (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="79"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="79"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="79"/>
        <source>Confirmed loss (ha)</source>
        <translation>Pérdida confirmada (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="79"/>
        <source>Probable loss (ha)</source>
        <translation>Pérdida probable (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="101"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="101"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="101"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="101"/>
        <source>Probable loss</source>
        <translation>Pérdida probable</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="101"/>
        <source>Confirmed loss</source>
        <translation>Pérdida confirmada</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="106"/>
        <source>{count} radar dates from {first} to {last}. Mining loss: {mining} ha; other forest loss: {other} ha; confirmed: {confirmed} ha; probable: {probable} ha; never seen (no data, layover or shadow): {no_data} %.</source>
        <translation>{count} fechas de radar del {first} al {last}. Pérdida por minería: {mining} ha; otra pérdida de bosque: {other} ha; confirmada: {confirmed} ha; probable: {probable} ha; nunca vista (sin datos, inversión por relieve o sombra): {no_data} %.</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="101"/>
        <source>No data, layover or shadow</source>
        <translation>Sin datos, inversión por relieve o sombra</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="75"/>
        <source>Radar loss classes</source>
        <translation>Clases de pérdida de radar</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="76"/>
        <source>Radar loss dates</source>
        <translation>Fechas de pérdida de radar</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/detect_radar.py" line="77"/>
        <source>Radar loss confidence</source>
        <translation>Confianza de la pérdida de radar</translation>
    </message>
</context>
<context>
    <name>DetectTimeSeries</name>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="66"/>
        <source>Detect mining loss (time series)</source>
        <translation>Detectar pérdida minera (serie temporal)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="102"/>
        <source>Cloud masks</source>
        <translation>Máscaras de nubes</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="104"/>
        <source>Dates (YYYY-MM-DD, one per image, when the names carry none)</source>
        <translation>Fechas (AAAA-MM-DD, una por imagen, si los nombres no las llevan)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="108"/>
        <source>Observations to confirm</source>
        <translation>Observaciones para confirmar</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="121"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="122"/>
        <source>Loss dates</source>
        <translation>Fechas de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="123"/>
        <source>Loss confidence</source>
        <translation>Confianza de la pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="125"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="125"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="125"/>
        <source>Confirmed loss (ha)</source>
        <translation>Pérdida confirmada (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="125"/>
        <source>Probable loss (ha)</source>
        <translation>Pérdida probable (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="125"/>
        <source>Never clear (fraction)</source>
        <translation>Nunca despejado (fracción)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="166"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="166"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="166"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="166"/>
        <source>Probable loss</source>
        <translation>Pérdida probable</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="166"/>
        <source>Confirmed loss</source>
        <translation>Pérdida confirmada</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="173"/>
        <source>{count} images from {first} to {last}. Mining loss: {mining} ha; other forest loss: {other} ha; confirmed: {confirmed} ha; probable: {probable} ha (confirmation: {confirm} of the next {window} clear observations within {days} days).</source>
        <translation>{count} imágenes del {first} al {last}. Pérdida por minería: {mining} ha; otra pérdida de bosque: {other} ha; confirmada: {confirmed} ha; probable: {probable} ha (confirmación: {confirm} de las {window} observaciones despejadas siguientes dentro de {days} días).</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="115"/>
        <source>For example Hansen treecover2000 &gt;= 30 %. Only this forest is watched, and forest hidden by clouds on the first dates is compared with the scene&apos;s typical forest, so its loss can still be dated.</source>
        <translation>Por ejemplo treecover2000 de Hansen &gt;= 30 %. Solo se vigila este bosque, y el bosque oculto por nubes en las primeras fechas se compara con el bosque típico de la escena, de modo que su pérdida aún puede fecharse.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="98"/>
        <source>Images (products, product folders or band stacks)</source>
        <translation>Imágenes (productos, carpetas de productos o pilas de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="69"/>
        <source>&lt;p&gt;Finds &lt;b&gt;when&lt;/b&gt; forest was lost over a series of images (2 to 100 or more), and whether it was mining or other loss, the way GLAD and RADD alerts work, offline and with rules you can explain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Images as downloaded&lt;/b&gt;: each image can be a Sentinel-2 L2A &lt;i&gt;.zip&lt;/i&gt;/&lt;i&gt;.SAFE&lt;/i&gt;/&lt;i&gt;MTD_MSIL2A.xml&lt;/i&gt; or a Landsat 8/9 Collection 2 Level-2 &lt;i&gt;.tar&lt;/i&gt;/folder/&lt;i&gt;_MTL.txt&lt;/i&gt;, and a folder of such products stands for all of them. Each product gives its bands, scale and offset, cloud mask and date. An optional area of interest limits the work to a rectangle. Masks grow by the cloud-edge buffer (20 m, advanced parameters), where thin cloud and haze escape every mask.&lt;/p&gt;&lt;p&gt;Band stacks: dates come from the file names (YYYYMMDD or YYYY-MM-DD), else from GDAL metadata (ACQUISITION_DATE, TIFFTAG_DATETIME), else from the Dates parameter (one per image, in the order given). Images are sorted by date. Masks are matched by the date in their names, or by order.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Every image is normalised to the clearest one on forest that is dense on both (as in the two-date detection), so seasons and haze differences cancel.&lt;/li&gt;&lt;li&gt;Per pixel, clear forest observations build a baseline; the first clear observation that the two-date rule calls loss against that baseline &lt;b&gt;flags&lt;/b&gt; the pixel on its date.&lt;/li&gt;&lt;li&gt;The flag is &lt;b&gt;confirmed&lt;/b&gt; when at least &apos;Observations to confirm&apos; of the next 4 clear observations within 180 days also show loss. It is &lt;b&gt;dropped&lt;/b&gt; when a later clear observation shows forest or as soon as it can no longer be confirmed (a hazy date, a shadow). Flags still open at the end of the series stay &lt;b&gt;probable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Mining or other loss is decided from the observations after the flag (ponds, tailings, bare ground, grass) and then per patch, as in the two-date detection; patches under the minimum area are removed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;With a forest mask (forest when the series starts), only that forest is watched and forest not yet seen clear is compared with the scene&apos;s typical dense forest.&lt;/p&gt;&lt;p&gt;Outputs: classes (0, 1 mining, 2 other, 255 never clear), loss date (YYYYMMDD of the flag) and confidence (2 probable, 3 confirmed).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra &lt;b&gt;cuándo&lt;/b&gt; se perdió el bosque a lo largo de una serie de imágenes (de 2 a 100 o más), y si fue pérdida por minería u otra pérdida, como funcionan las alertas GLAD y RADD, sin conexión y con reglas que se pueden explicar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Imágenes tal como se descargan&lt;/b&gt;: cada imagen puede ser un &lt;i&gt;.zip&lt;/i&gt;/&lt;i&gt;.SAFE&lt;/i&gt;/&lt;i&gt;MTD_MSIL2A.xml&lt;/i&gt; de Sentinel-2 L2A o un &lt;i&gt;.tar&lt;/i&gt;/carpeta/&lt;i&gt;_MTL.txt&lt;/i&gt; de Landsat 8/9 Colección 2 nivel 2, y una carpeta de tales productos los representa a todos. Cada producto da sus bandas, escala y desplazamiento, máscara de nubes y fecha. Un área de interés opcional limita el trabajo a un rectángulo. Las máscaras crecen según el margen de borde de nube (20 m, parámetros avanzados), donde las nubes finas y la bruma escapan a toda máscara.&lt;/p&gt;&lt;p&gt;Pilas de bandas: las fechas se toman de los nombres de archivo (AAAAMMDD o AAAA-MM-DD), si no de los metadatos GDAL (ACQUISITION_DATE, TIFFTAG_DATETIME), si no del parámetro Fechas (una por imagen, en el orden dado). Las imágenes se ordenan por fecha. Las máscaras se asocian por la fecha de su nombre, o por orden.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Cada imagen se normaliza a la más despejada sobre el bosque que es denso en ambas (como en la detección de dos fechas), de modo que se cancelan las diferencias de estación y de bruma.&lt;/li&gt;&lt;li&gt;Por píxel, las observaciones despejadas de bosque forman una línea base; la primera observación despejada que la regla de dos fechas considera pérdida frente a esa línea base &lt;b&gt;marca&lt;/b&gt; el píxel en su fecha.&lt;/li&gt;&lt;li&gt;La marca se &lt;b&gt;confirma&lt;/b&gt; cuando al menos 'Observaciones para confirmar' de las 4 observaciones despejadas siguientes dentro de 180 días también muestran pérdida. Se &lt;b&gt;descarta&lt;/b&gt; cuando una observación despejada posterior muestra bosque o en cuanto ya no puede confirmarse (una fecha con bruma, una sombra). Las marcas aún abiertas al final de la serie quedan como &lt;b&gt;probables&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;La pérdida minera u otra se decide con las observaciones posteriores a la marca (pozas, relaves, suelo desnudo, pasto) y luego por parche, como en la detección de dos fechas; se eliminan los parches menores que el área mínima.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Con una máscara de bosque (bosque al inicio de la serie), solo se vigila ese bosque y el bosque aún no visto despejado se compara con el bosque denso típico de la escena.&lt;/p&gt;&lt;p&gt;Salidas: clases (0, 1 minería, 2 otra, 255 nunca despejado), fecha de pérdida (AAAAMMDD de la marca) y confianza (2 probable, 3 confirmada).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="111"/>
        <source>Forest when the series starts (mask, non-zero = forest)</source>
        <translation>Bosque al inicio de la serie (máscara, distinto de cero = bosque)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="148"/>
        <source>Working on {threads} threads (QGIS Settings &gt; Options &gt; Rendering &gt; Max cores to use).</source>
        <translation>Trabajando con {threads} hilos (QGIS: Configuración &gt; Opciones &gt; Representación &gt; Máximo de núcleos a usar).</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_time_series.py" line="161"/>
        <source>Products bring their own cloud mask, reflectance scale and date: the masks, mask type, sensor preset and dates given were used only for the band stacks.</source>
        <translation>Los productos traen su propia máscara de nubes, escala de reflectancia y fecha: las máscaras, el tipo de máscara, el perfil de sensor y las fechas indicados se usaron solo para las pilas de bandas.</translation>
    </message>
</context>
<context>
    <name>DetectTwoDates</name>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="58"/>
        <source>Detect mining loss (two dates)</source>
        <translation>Detectar pérdida minera (dos fechas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="111"/>
        <source>Cloud mask of the image before</source>
        <translation>Máscara de nubes de la imagen anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="112"/>
        <source>Cloud mask of the image after</source>
        <translation>Máscara de nubes de la imagen posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="116"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="117"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="118"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="119"/>
        <source>Masked fraction</source>
        <translation>Fracción enmascarada</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="120"/>
        <source>Area method</source>
        <translation>Método de cálculo del área</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="126"/>
        <source>Cloud/shadow mask of the earlier date. Empty: spectral cloud screen.</source>
        <translation>Máscara de nubes y sombras de la fecha anterior. Vacía: filtro espectral de nubes.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="127"/>
        <source>Cloud/shadow mask of the later date. Empty: spectral cloud screen.</source>
        <translation>Máscara de nubes y sombras de la fecha posterior. Vacía: filtro espectral de nubes.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="159"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="159"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="159"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="172"/>
        <source>Mining loss: {mining} ha; other forest loss: {other} ha; masked: {masked} % ({method} areas).</source>
        <translation>Pérdida por minería: {mining} ha; otra pérdida de bosque: {other} ha; enmascarado: {masked} % (áreas {method}).</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="172"/>
        <source>ellipsoidal</source>
        <translation>elipsoidales</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="172"/>
        <source>planar</source>
        <translation>planas</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="107"/>
        <source>Image before (product or band stack)</source>
        <translation>Imagen anterior (producto o pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="108"/>
        <source>Image after (product or band stack)</source>
        <translation>Imagen posterior (producto o pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="122"/>
        <source>The earlier date: a Sentinel-2 L2A .zip/.SAFE/MTD_MSIL2A.xml, a Landsat C2 L2 .tar/folder/_MTL.txt, or a band stack in the order of the sensor preset.</source>
        <translation>La fecha anterior: un .zip/.SAFE/MTD_MSIL2A.xml de Sentinel-2 L2A, un .tar/carpeta/_MTL.txt de Landsat C2 L2, o una pila de bandas en el orden del perfil de sensor.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="124"/>
        <source>The later date, as a product or a band stack; warped to the earlier image&apos;s grid if needed.</source>
        <translation>La fecha posterior, como producto o pila de bandas; se reproyecta a la grilla de la imagen anterior si hace falta.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="166"/>
        <source>Products bring their own cloud mask and reflectance scale: the masks, mask type and sensor preset given were not used for them.</source>
        <translation>Los productos traen su propia máscara de nubes y escala de reflectancia: las máscaras, el tipo de máscara y el perfil de sensor indicados no se usaron para ellos.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="170"/>
        <source>Image before: {before}; image after: {after}.</source>
        <translation>Imagen anterior: {before}; imagen posterior: {after}.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="61"/>
        <source>&lt;p&gt;Finds forest that was lost between a BEFORE and an AFTER image and tells &lt;b&gt;mining loss&lt;/b&gt; (bare tailings and mining ponds) from &lt;b&gt;other forest loss&lt;/b&gt; (pasture, crops, bare farm soil, burns, roads).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Images as downloaded&lt;/b&gt;: give each image as the product you downloaded, a Sentinel-2 L2A &lt;i&gt;.zip&lt;/i&gt; (or its &lt;i&gt;.SAFE&lt;/i&gt; folder or &lt;i&gt;MTD_MSIL2A.xml&lt;/i&gt;) or a Landsat 8/9 Collection 2 Level-2 &lt;i&gt;.tar&lt;/i&gt; (or its folder or &lt;i&gt;_MTL.txt&lt;/i&gt;). The product gives the bands, the reflectance scale and offset, the cloud mask and the date: the sensor preset, masks and mask type are then not used. Band stacks work as before. The image before must not be later than the image after. An optional area of interest limits the work to a rectangle of the image before.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The rule, step by step&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Reflectance from the sensor preset (for Sentinel-2 L2A, DN/10000; baseline 04.00+ subtracts 1000 first). AFTER and the masks are warped on the fly to BEFORE&apos;s grid.&lt;/li&gt;&lt;li&gt;Pixels masked on either date (SCL classes 0, 1, 3, 8, 9, 10, 11; QA_PIXEL fill, cloud, cirrus, shadow bits; non-zero binary mask) become 255, and so do pixels within the cloud-edge buffer (20 m, at least one pixel) of them, where thin cloud and haze escape every mask. A cloud call alone (SCL classes 8, 9; QA_PIXEL cloud or dilated cloud) is not trusted on bright bare ground (blue &amp;ge; 0.10, NDVI &amp;lt; 0.30, red &amp;ge; 1.15 x blue, SWIR1 &amp;ge; 1.5 x blue): Sen2Cor and CFMask call pale tailings cloud. Without a mask, a spectral screen masks bright clouds (blue &amp;gt; 0.18, unless red &amp;ge; 1.15 x blue and SWIR1 &amp;ge; 1.3 x blue: tailings and bare ground rise with wavelength, clouds are flat and white), white haze (blue &amp;gt; 0.06 and &amp;gt; 0.9 x red) and dark shadows (NIR &amp;lt; 0.07 and SWIR1 &amp;lt; 0.05, not water).&lt;/li&gt;&lt;li&gt;AFTER is normalised to BEFORE band by band with a line fitted through the 10th-90th percentiles of pixels that are dense forest (NDVI &amp;gt; 0.7) on both dates, so season, sun and haze differences cancel.&lt;/li&gt;&lt;li&gt;Forest in BEFORE: NDVI &amp;ge; 0.60, NBR &amp;ge; 0.45, not water. Lost in AFTER: NBR fell by &amp;ge; 0.12 to &amp;le; 0.55, or red reflectance rose 1.7 times with NDVI down by &amp;ge; 0.05, red above blue and SWIR2 up 1.25 times (grass: haze brightens blue and NIR but hardly SWIR2), or the pixel became water (MNDWI &amp;gt; 0.10 and NIR &amp;lt; 0.15). Without SWIR bands: NDVI fell by &amp;ge; 0.20 to &amp;le; 0.60, water by NDWI.&lt;/li&gt;&lt;li&gt;Each lost pixel is a pond (new water), tailings-like (bright, pale: redness &amp;le; 0.31 and visible reflectance &amp;ge; 0.07), other bare ground, or vegetated clearing (NDVI &amp;ge; 0.45).&lt;/li&gt;&lt;li&gt;Lost pixels are grouped in 8-connected patches, and each is read with its surroundings (a square of 100 m around each of its pixels). A patch is &lt;b&gt;mining&lt;/b&gt; when it holds new ponds (at least 3 pixels and 2% of the patch) and is not beside a river (water on both dates under 5% of its surroundings); or when tailings-like ground is at least half of its bare ground and it holds some new water; or when it is a &lt;b&gt;mining front&lt;/b&gt;: tailings-like ground is at least 25% of the patch, its bare ground at least 0.15 ha, and pale bare ground (new or old tailings) covers at least 20% of its surroundings. Otherwise it is &lt;b&gt;other forest loss&lt;/b&gt;. Vegetated clearings inside a mining patch stay other loss. Patches smaller than the minimum area are removed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Outputs: class raster (0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked), hectares of each class (ellipsoidal when the raster is in a geographic CRS) and the masked fraction.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra el bosque que se perdió entre una imagen ANTES y una imagen DESPUÉS y distingue la &lt;b&gt;pérdida por minería&lt;/b&gt; (relaves desnudos y pozas mineras) de la &lt;b&gt;otra pérdida de bosque&lt;/b&gt; (pastos, cultivos, suelo agrícola desnudo, quemas, caminos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Imágenes tal como se descargan&lt;/b&gt;: indique cada imagen como el producto descargado, un &lt;i&gt;.zip&lt;/i&gt; de Sentinel-2 L2A (o su carpeta &lt;i&gt;.SAFE&lt;/i&gt; o su &lt;i&gt;MTD_MSIL2A.xml&lt;/i&gt;) o un &lt;i&gt;.tar&lt;/i&gt; de Landsat 8/9 Colección 2 nivel 2 (o su carpeta o su &lt;i&gt;_MTL.txt&lt;/i&gt;). El producto da las bandas, la escala y el desplazamiento de la reflectancia, la máscara de nubes y la fecha: el perfil de sensor, las máscaras y el tipo de máscara no se usan entonces. Las pilas de bandas funcionan como antes. La imagen anterior no puede ser posterior a la imagen posterior. Un área de interés opcional limita el trabajo a un rectángulo de la imagen anterior.&lt;/p&gt;&lt;p&gt;&lt;b&gt;La regla, paso a paso&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Reflectancia según el perfil de sensor (para Sentinel-2 L2A, DN/10000; la línea base 04.00+ resta antes 1000). La imagen DESPUÉS y las máscaras se reproyectan al vuelo a la grilla de la imagen ANTES.&lt;/li&gt;&lt;li&gt;Los píxeles enmascarados en cualquiera de las fechas (clases SCL 0, 1, 3, 8, 9, 10, 11; bits de relleno, nube, cirro y sombra de QA_PIXEL; máscara binaria distinta de cero) pasan a 255, igual que los píxeles a menos del margen de borde de nube (20 m, al menos un píxel) de ellos, donde las nubes finas y la bruma escapan a toda máscara. Una marca de nube sola (clases SCL 8, 9; bits de nube o nube dilatada de QA_PIXEL) no se acepta sobre suelo desnudo brillante (azul &amp;ge; 0,10, NDVI &amp;lt; 0,30, rojo &amp;ge; 1,15 x azul, SWIR1 &amp;ge; 1,5 x azul): Sen2Cor y CFMask llaman nube a los relaves pálidos. Sin máscara, un filtro espectral enmascara las nubes brillantes (azul &amp;gt; 0,18, salvo si rojo &amp;ge; 1,15 x azul y SWIR1 &amp;ge; 1,3 x azul: los relaves y el suelo desnudo suben con la longitud de onda, las nubes son planas y blancas), la bruma blanca (azul &amp;gt; 0,06 y &amp;gt; 0,9 x rojo) y las sombras oscuras (NIR &amp;lt; 0,07 y SWIR1 &amp;lt; 0,05, sin ser agua).&lt;/li&gt;&lt;li&gt;La imagen DESPUÉS se normaliza a la imagen ANTES banda por banda con una recta ajustada a los percentiles 10 a 90 de los píxeles que son bosque denso (NDVI &amp;gt; 0,7) en ambas fechas, de modo que se cancelan las diferencias de estación, sol y bruma.&lt;/li&gt;&lt;li&gt;Bosque en ANTES: NDVI &amp;ge; 0,60, NBR &amp;ge; 0,45, sin ser agua. Perdido en DESPUÉS: el NBR bajó &amp;ge; 0,12 hasta &amp;le; 0,55, o la reflectancia roja subió 1,7 veces con el NDVI bajando &amp;ge; 0,05, el rojo por encima del azul y el SWIR2 subiendo 1,25 veces (pasto: la bruma aclara el azul y el NIR pero apenas el SWIR2), o el píxel se volvió agua (MNDWI &amp;gt; 0,10 y NIR &amp;lt; 0,15). Sin bandas SWIR: el NDVI bajó &amp;ge; 0,20 hasta &amp;le; 0,60, y el agua se detecta con el NDWI.&lt;/li&gt;&lt;li&gt;Cada píxel perdido es una poza (agua nueva), parecido a relave (brillante y pálido: rojez &amp;le; 0,31 y reflectancia visible &amp;ge; 0,07), otro suelo desnudo o un desbroce con vegetación (NDVI &amp;ge; 0,45).&lt;/li&gt;&lt;li&gt;Los píxeles perdidos se agrupan en parches conectados en 8 direcciones, y cada uno se lee con su entorno (un cuadrado de 100 m alrededor de cada uno de sus píxeles). Un parche es &lt;b&gt;minería&lt;/b&gt; cuando contiene pozas nuevas (al menos 3 píxeles y el 2 % del parche) y no está junto a un río (agua en ambas fechas en menos del 5 % de su entorno); o cuando el suelo parecido a relave es al menos la mitad de su suelo desnudo y contiene algo de agua nueva; o cuando es un &lt;b&gt;frente minero&lt;/b&gt;: el suelo parecido a relave es al menos el 25 % del parche, su suelo desnudo al menos 0,15 ha, y el suelo desnudo pálido (relaves nuevos o antiguos) cubre al menos el 20 % de su entorno. Si no, es &lt;b&gt;otra pérdida de bosque&lt;/b&gt;. Los desbroces con vegetación dentro de un parche minero siguen siendo otra pérdida. Se eliminan los parches menores que el área mínima.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Salidas: ráster de clases (0 sin pérdida de bosque, 1 pérdida por minería, 2 otra pérdida de bosque, 255 enmascarado), hectáreas de cada clase (elipsoidales cuando el ráster está en un SRC geográfico) y la fracción enmascarada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/detect_two_dates.py" line="149"/>
        <source>Working on {threads} threads (QGIS Settings &gt; Options &gt; Rendering &gt; Max cores to use).</source>
        <translation>Trabajando con {threads} hilos (QGIS: Configuración &gt; Opciones &gt; Representación &gt; Máximo de núcleos a usar).</translation>
    </message>
</context>
<context>
    <name>Displacement</name>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="69"/>
        <source>Where did loss go after an operation</source>
        <translation>A dónde se fue la pérdida tras un operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="72"/>
        <source>&lt;p&gt;For one operation of the operations layer: the forest loss in each zone within the search radius of the operation&apos;s area, in a window before its start and an equal window from its start (the window length in months, shortened equally on both sides to what the loss data covers: its first and last loss dates). Zones are the features of a zones layer (districts, communities...) or, without one, equal-area hexagons of the given size.&lt;/p&gt;&lt;p&gt;For each zone: &lt;code&gt;distance_km&lt;/code&gt; from the operation&apos;s area to the zone&apos;s nearest edge and &lt;code&gt;bearing_deg&lt;/code&gt; from the operation&apos;s centroid to the zone&apos;s centroid (degrees clockwise from north; azimuthal equidistant projection centred on the operation), &lt;code&gt;before_ha&lt;/code&gt;, &lt;code&gt;after_ha&lt;/code&gt;, &lt;code&gt;change_ha&lt;/code&gt;, &lt;code&gt;change_pct&lt;/code&gt;, &lt;code&gt;inside_operation&lt;/code&gt; (at least half of the zone lies in the operation&apos;s area) and &lt;code&gt;rank&lt;/code&gt;: 1 for the zone outside the operation where loss rose most, 2 for the next... (empty where it did not rise). The loss inside the operation&apos;s own area is given in the log and the report. Lines join the operation to the top zones.&lt;/p&gt;&lt;p&gt;Products dated only to the year need an operation starting on 1 January and windows of whole years. Areas are computed as in &apos;Forest loss per region and period&apos;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para un operativo de la capa de operativos: la pérdida de bosque en cada zona dentro del radio de búsqueda alrededor del área del operativo, en una ventana antes de su inicio y una ventana igual desde su inicio (la duración en meses, acortada por igual en ambos lados a lo que cubren los datos de pérdida: su primera y última fecha de pérdida). Las zonas son las entidades de una capa de zonas (distritos, comunidades...) o, sin ella, hexágonos de igual área del tamaño indicado.&lt;/p&gt;&lt;p&gt;Para cada zona: &lt;code&gt;distance_km&lt;/code&gt; desde el área del operativo hasta el borde más cercano de la zona y &lt;code&gt;bearing_deg&lt;/code&gt; desde el centroide del operativo hasta el centroide de la zona (grados en sentido horario desde el norte; proyección azimutal equidistante centrada en el operativo), &lt;code&gt;before_ha&lt;/code&gt;, &lt;code&gt;after_ha&lt;/code&gt;, &lt;code&gt;change_ha&lt;/code&gt;, &lt;code&gt;change_pct&lt;/code&gt;, &lt;code&gt;inside_operation&lt;/code&gt; (al menos la mitad de la zona está en el área del operativo) y &lt;code&gt;rank&lt;/code&gt;: 1 para la zona fuera del operativo donde más subió la pérdida, 2 para la siguiente... (vacío donde no subió). La pérdida dentro del área del propio operativo se da en el registro y en el informe. Unas líneas unen el operativo con las zonas principales.&lt;/p&gt;&lt;p&gt;Los productos fechados solo por año necesitan un operativo que empiece el 1 de enero y ventanas de años completos. Las áreas se calculan como en 'Pérdida de bosque por región y periodo'.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="91"/>
        <source>Operations</source>
        <translation>Operativos</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="93"/>
        <source>Operation</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="96"/>
        <source>Zones (empty: hexagons)</source>
        <translation>Zonas (vacío: hexágonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="99"/>
        <source>Zone name field</source>
        <translation>Campo con el nombre de la zona</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="101"/>
        <source>Hexagon area (km²)</source>
        <translation>Área del hexágono (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="104"/>
        <source>Search radius (km)</source>
        <translation>Radio de búsqueda (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="107"/>
        <source>Window before and after (months)</source>
        <translation>Ventana antes y después (meses)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="110"/>
        <source>Lines to the top zones</source>
        <translation>Líneas a las zonas principales</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="115"/>
        <source>Loss before and after per zone</source>
        <translation>Pérdida antes y después por zona</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="117"/>
        <source>Lines to the zones where loss rose most</source>
        <translation>Líneas a las zonas donde más subió la pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="121"/>
        <source>Change inside the operation (%)</source>
        <translation>Cambio dentro del operativo (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="122"/>
        <source>Zone where loss rose most</source>
        <translation>Zona donde más subió la pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="123"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="133"/>
        <source>The layer given as &apos;Operations&apos; has no name and start_date fields. Give the operations layer made by &apos;Import enforcement operations (CSV)&apos;.</source>
        <translation>La capa dada como 'Operativos' no tiene los campos name y start_date. Indique la capa de operativos creada con 'Importar operativos de control (CSV)'.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="138"/>
        <source>Choose the operation in &apos;Operation&apos; (or select it on the map in the operations layer).</source>
        <translation>Elija el operativo en 'Operativo' (o selecciónelo en el mapa en la capa de operativos).</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="149"/>
        <source>Operation &apos;{name}&apos; has no start date or no area. Edit it in the operations layer.</source>
        <translation>El operativo '{name}' no tiene fecha de inicio o no tiene área. Edítelo en la capa de operativos.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="157"/>
        <source>Operation &apos;{name}&apos; is not in the operations layer. Known: {known}. Check &apos;Operation&apos;.</source>
        <translation>El operativo '{name}' no está en la capa de operativos. Conocidos: {known}. Revise 'Operativo'.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="210"/>
        <source>Windows before and after need dated loss: give a date field, not a period field.</source>
        <translation>Las ventanas antes y después necesitan pérdida con fecha: indique un campo de fecha, no un campo de periodo.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="226"/>
        <source>The loss data does not cover {months} months on both sides of the start: the windows were cut to {used} months.</source>
        <translation>Los datos de pérdida no cubren {months} meses a ambos lados del inicio: las ventanas se acortaron a {used} meses.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement_styles.py" line="8"/>
        <source>Rose most (top 5)</source>
        <translation>Subió más (5 primeras)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement_styles.py" line="8"/>
        <source>Loss rose</source>
        <translation>La pérdida subió</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement_styles.py" line="9"/>
        <source>Loss fell</source>
        <translation>La pérdida bajó</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement_styles.py" line="9"/>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement_styles.py" line="10"/>
        <source>Inside the operation</source>
        <translation>Dentro del operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="124"/>
        <source>Loss and windows counted</source>
        <translation>Pérdida y ventanas contadas</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="221"/>
        <source>all forest loss, {used} months before ({b0} to {b1}) and after ({a0} to {a1}) the start</source>
        <translation>toda la pérdida de bosque, {used} meses antes ({b0} a {b1}) y después ({a0} a {a1}) del inicio</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/displacement.py" line="229"/>
        <source>Counted: {windows}.</source>
        <translation>Contado: {windows}.</translation>
    </message>
</context>
<context>
    <name>DisplacementReport</name>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="20"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="21"/>
        <source>NE</source>
        <translation>NE</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="22"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="23"/>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="24"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="25"/>
        <source>SW</source>
        <translation>SO</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="26"/>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="27"/>
        <source>NW</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="50"/>
        <source>inside {name}: {change} % ({before} ha before, {after} ha after)</source>
        <translation>dentro de {name}: {change} % ({before} ha antes, {after} ha después)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="59"/>
        <source>inside {name}: no loss before, {after} ha after</source>
        <translation>dentro de {name}: sin pérdida antes, {after} ha después</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="64"/>
        <source>{inside}; loss rose in no zone outside the operation.</source>
        <translation>{inside}; la pérdida no subió en ninguna zona fuera del operativo.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="68"/>
        <source>{inside}; loss rose most in {zone}, {distance} km {direction}, {change} ha.</source>
        <translation>{inside}; la pérdida subió más en {zone}, a {distance} km al {direction}, {change} ha.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="132"/>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="134"/>
        <source>Operation {name}, started {start}. Before: {before}. After: {after}. Made offline by Mining Loss Monitor on {day}.</source>
        <translation>Operativo {name}, iniciado el {start}. Antes: {before}. Después: {after}. Hecho sin conexión por Mining Loss Monitor el {day}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="154"/>
        <source>Where loss rose most</source>
        <translation>Dónde más subió la pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="154"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="154"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="154"/>
        <source>hectares</source>
        <translation>hectáreas</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="166"/>
        <source>Zones</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>Distance (km)</source>
        <translation>Distancia (km)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>Before (ha)</source>
        <translation>Antes (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>After (ha)</source>
        <translation>Después (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>Change (ha)</source>
        <translation>Cambio (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>Change (%)</source>
        <translation>Cambio (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="38"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="207"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="222"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="224"/>
        <source>Where did loss go after the operation</source>
        <translation>A dónde se fue la pérdida tras el operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="204"/>
        <source>Sorted by change, largest rise first. {count} zones without loss before or after are not listed; the output layer has them.</source>
        <translation>Ordenado por cambio, primero el mayor aumento. No se listan {count} zonas sin pérdida antes ni después; la capa de salida las tiene.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="208"/>
        <source>The same number of whole months before and after the operation&apos;s start, as many as asked and as the loss data cover (its first and last image, else its first and last loss date). Distance from the operation&apos;s area to each zone&apos;s nearest edge, bearing from its centroid to the zone&apos;s centroid, in an azimuthal equidistant projection centred on the operation. Areas as in &apos;Forest loss per region and period&apos;.</source>
        <translation>El mismo número de meses completos antes y después del inicio del operativo, tantos como se pidieron y como cubren los datos de pérdida (su primera y última imagen, o si no su primera y última fecha de pérdida). Distancia desde el área del operativo hasta el borde más cercano de cada zona, rumbo desde su centroide hasta el centroide de la zona, en una proyección azimutal equidistante centrada en el operativo. Áreas como en 'Pérdida de bosque por región y periodo'.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="35"/>
        <source>mostly</source>
        <translation>en su mayor parte</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="37"/>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="169"/>
        <source>In the operation&apos;s area</source>
        <translation>En el área del operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/displacement_report.py" line="199"/>
        <source>In the operation's area: «mostly» when at least half of the zone lies in it (the field inside_operation = 1; such zones are not ranked), «partly» when the zone touches or overlaps it (distance 0) with less than half inside, «no» otherwise.</source>
        <translation>En el área del operativo: «en su mayor parte» cuando al menos la mitad de la zona está dentro (el campo inside_operation = 1; esas zonas no se clasifican), «en parte» cuando la zona la toca o se superpone con ella (distancia 0) con menos de la mitad dentro, «no» en los demás casos.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="98"/>
        <source>Evidence dossier (PDF)</source>
        <translation>Expediente de evidencia (PDF)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="101"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="111"/>
        <source>&lt;p&gt;A PDF an official can sign, for loss patches (the polygons of &lt;i&gt;Loss polygons&lt;/i&gt;; only the selected ones when some are selected): a cover page (what, where, when, by whom, how many patches, total hectares, a location map and every input file with its SHA-256), one page per patch and a last page with the method, parameters and the rule&apos;s thresholds.&lt;/p&gt;&lt;p&gt;Each patch page: coordinates of its centre in decimal degrees, degrees-minutes-seconds and UTM with zone; department, province and district (from &lt;b&gt;Regions&lt;/b&gt;); legal status with the hectares inside each zone (from &lt;b&gt;Legal zones&lt;/b&gt;); area, first-seen date and confidence; before and after true-colour chips with the same stretch, the patch outlined, scale bar and north arrow; NDVI and NBR before and after and the share of new water in the patch.&lt;/p&gt;&lt;p&gt;Also a table with one row per patch. Texts follow the QGIS language.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un PDF que un funcionario puede firmar, para parches de pérdida (los polígonos de &lt;i&gt;Polígonos de pérdida&lt;/i&gt;; solo los seleccionados cuando hay una selección): una portada (qué, dónde, cuándo, quién, cuántos parches, hectáreas en total, un mapa de ubicación y cada archivo de entrada con su SHA-256), una página por parche y una última página con el método, los parámetros y los umbrales de la regla.&lt;/p&gt;&lt;p&gt;Cada página de parche: coordenadas de su centro en grados decimales, grados-minutos-segundos y UTM con zona; departamento, provincia y distrito (de &lt;b&gt;Regiones&lt;/b&gt;); situación legal con las hectáreas dentro de cada zona (de &lt;b&gt;Zonas legales&lt;/b&gt;); área, fecha de primera detección y confianza; recortes de imagen antes y después en color verdadero con el mismo realce, el parche delineado, barra de escala y flecha de norte; NDVI y NBR antes y después y la parte del parche con agua nueva.&lt;/p&gt;&lt;p&gt;También una tabla con una fila por parche. Los textos siguen el idioma de QGIS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="124"/>
        <source>Loss patches (polygons)</source>
        <translation>Parches de pérdida (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="124"/>
        <source>The loss polygons of &apos;Loss polygons&apos; (or any polygons); only the selected ones when the layer has a selection.</source>
        <translation>Los polígonos de 'Polígonos de pérdida' (o cualquier polígono); solo los seleccionados cuando la capa tiene una selección.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="128"/>
        <source>Image before (band stack)</source>
        <translation>Imagen anterior (pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="131"/>
        <source>Image after (band stack)</source>
        <translation>Imagen posterior (pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="134"/>
        <source>Legal zones (one polygon layer per category)</source>
        <translation>Zonas legales (una capa de polígonos por categoría)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="134"/>
        <source>Polygon layers of legal zones (protected areas, buffer zones, concessions …): each patch's hectares inside each zone are stated (optional).</source>
        <translation>Capas de polígonos de zonas legales (áreas protegidas, zonas de amortiguamiento, concesiones …): se indican las hectáreas de cada parche dentro de cada zona (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="139"/>
        <source>Zone name field</source>
        <translation>Campo con el nombre de la zona</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="139"/>
        <source>The field naming the zones: one name for all layers, or one per layer separated by commas. Empty: each layer is one zone.</source>
        <translation>El campo que nombra las zonas: un nombre para todas las capas, o uno por capa separados por comas. Vacío: cada capa es una zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="143"/>
        <source>Regions (districts)</source>
        <translation>Regiones (distritos)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="143"/>
        <source>Districts (e.g. INEI&apos;s, with NOMBDEP, NOMBPROV, NOMBDIST): department, province and district of each patch (optional).</source>
        <translation>Distritos (p. ej. los del INEI, con NOMBDEP, NOMBPROV, NOMBDIST): departamento, provincia y distrito de cada parche (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="147"/>
        <source>Region name field</source>
        <translation>Campo con el nombre de la región</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="147"/>
        <source>A field of the regions to state as well, when they are not INEI districts (optional).</source>
        <translation>Un campo de las regiones que también se indica, cuando no son distritos del INEI (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="150"/>
        <source>Analyst (name on the report)</source>
        <translation>Analista (nombre en el informe)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="150"/>
        <source>The name of the person responsible for the dossier, printed on every page.</source>
        <translation>El nombre de la persona responsable del expediente, impreso en cada página.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="155"/>
        <source>Evidence dossier</source>
        <translation>Expediente de evidencia</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="155"/>
        <source>The PDF: a cover, one page per patch, and the method and provenance.</source>
        <translation>El PDF: una portada, una página por parche, y el método y la procedencia.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="158"/>
        <source>Patches of the dossier</source>
        <translation>Parches del expediente</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="158"/>
        <source>One row per patch: patch_id, lat, lon, utm, area_ha, first_seen, confidence, status and the inputs&apos; SHA-256.</source>
        <translation>Una fila por parche: patch_id, lat, lon, utm, area_ha, first_seen, confidence, status y el SHA-256 de las entradas.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="183"/>
        <source>&apos;Analyst (name on the report)&apos; is empty: give the name of the person responsible for this dossier.</source>
        <translation>'Analista (nombre en el informe)' está vacío: indique el nombre de la persona responsable de este expediente.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="189"/>
        <source>&apos;Loss patches (polygons)&apos; has no polygons (or none of the selected features has a geometry). Give the output of &apos;Loss polygons&apos;, or select the patches on the map.</source>
        <translation>'Parches de pérdida (polígonos)' no tiene polígonos (o ninguno de los elementos seleccionados tiene geometría). Use la salida de 'Polígonos de pérdida' o seleccione los parches en el mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="195"/>
        <source>Reading the images inside {count} patches…</source>
        <translation>Leyendo las imágenes dentro de {count} parches…</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="253"/>
        <source>&apos;{label}&apos; does not cover loss patch {patch} (outside the image, or no data there). Give images of the patches&apos; area, or select only the patches they cover.</source>
        <translation>'{label}' no cubre el parche de pérdida {patch} (fuera de la imagen, o sin datos allí). Use imágenes del área de los parches, o seleccione solo los parches que cubren.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="259"/>
        <source>Before image</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="260"/>
        <source>After image</source>
        <translation>Imagen posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="313"/>
        <source>Patches</source>
        <translation>Parches</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="264"/>
        <source>Legal zones</source>
        <translation>Zonas legales</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="267"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="273"/>
        <source>not a file: no hash</source>
        <translation>no es un archivo: sin hash</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="340"/>
        <source>&apos;Evidence dossier&apos;: cannot write {path}. Choose another location for the PDF.</source>
        <translation>'Expediente de evidencia': no se puede escribir {path}. Elija otra ubicación para el PDF.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="331"/>
        <source>Evidence dossier: {count} patches</source>
        <translation>Expediente de evidencia: {count} parches</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="242"/>
        <source>{count} of {total} patches were first seen before the &apos;before&apos; image ({date}): that image already shows their loss. Their pages say so; OUTPUT_TABLE marks them date_check = before_image.</source>
        <translation>{count} de {total} parches se detectaron por primera vez antes de la imagen «antes» ({date}): esa imagen ya muestra su pérdida. Sus páginas lo dicen; OUTPUT_TABLE los marca con date_check = before_image.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="247"/>
        <source>{count} of {total} patches were first seen after the &apos;after&apos; image ({date}): that image cannot show their loss yet. Their pages say so; OUTPUT_TABLE marks them date_check = after_image.</source>
        <translation>{count} de {total} parches se detectaron por primera vez después de la imagen «después» ({date}): esa imagen aún no puede mostrar su pérdida. Sus páginas lo dicen; OUTPUT_TABLE los marca con date_check = after_image.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="128"/>
        <source>The earlier image as a band stack in the order of the sensor preset (e.g. Sentinel-2 B2, B3, B4, B8, B11, B12). A product as downloaded (.zip, .SAFE, .tar) is not read here: give its bands as a stack.</source>
        <translation>La imagen anterior como pila de bandas en el orden del perfil de sensor (p. ej. Sentinel-2 B2, B3, B4, B8, B11, B12). Aquí no se lee un producto tal como se descarga (.zip, .SAFE, .tar): indique sus bandas como una pila.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="131"/>
        <source>The later image of the same area, a band stack with the same sensor preset.</source>
        <translation>La imagen posterior de la misma zona, una pila de bandas con el mismo perfil de sensor.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier.py" line="231"/>
        <source>&apos;{label}&apos;: {name} is a product as downloaded; the dossier draws band stacks. Give the band stack of that date (bands in the sensor preset&apos;s order).</source>
        <translation>'{label}': {name} es un producto tal como se descarga; el expediente dibuja pilas de bandas. Indique la pila de bandas de esa fecha (bandas en el orden del perfil de sensor).</translation>
    </message>
</context>
<context>
    <name>DossierAction</name>
    <message>
        <location filename="../plugin/dossier_action.py" line="53"/>
        <source>Evidence dossier…</source>
        <translation>Expediente de evidencia…</translation>
    </message>
    <message>
        <location filename="../plugin/dossier_action.py" line="55"/>
        <source>Evidence dossier (PDF) for the selected loss patches</source>
        <translation>Expediente de evidencia (PDF) de los parches de pérdida seleccionados</translation>
    </message>
    <message>
        <location filename="../plugin/dossier_action.py" line="86"/>
        <source>Evidence dossier</source>
        <translation>Expediente de evidencia</translation>
    </message>
    <message>
        <location filename="../plugin/dossier_action.py" line="75"/>
        <source>Choose the layer of loss polygons (the output of &apos;Loss polygons&apos;) and select the patches first.</source>
        <translation>Primero elija la capa de polígonos de pérdida (la salida de 'Polígonos de pérdida') y seleccione los parches.</translation>
    </message>
    <message>
        <location filename="../plugin/dossier_action.py" line="86"/>
        <source>No patch of &apos;{layer}&apos; is selected. Make a dossier of all its {count} patches?

To choose patches, answer No and select them on the map.</source>
        <translation>No hay ningún parche seleccionado en '{layer}'. ¿Hacer un expediente de sus {count} parches?

Para elegir parches, responda No y selecciónelos en el mapa.</translation>
    </message>
</context>
<context>
    <name>DossierPages</name>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="26"/>
        <source>not known</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="30"/>
        <source>Mining Loss Monitor {version} · report of {when} · analyst: {analyst}
Inputs SHA-256 (manifest): {sha}</source>
        <translation>Mining Loss Monitor {version} · informe del {when} · analista: {analyst}
SHA-256 de las entradas (manifiesto): {sha}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="33"/>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="37"/>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="38"/>
        <source>probable</source>
        <translation>probable</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="41"/>
        <source>mining loss</source>
        <translation>pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="41"/>
        <source>other forest loss</source>
        <translation>otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="45"/>
        <source>not assessed (no legal zones given)</source>
        <translation>no evaluada (no se dieron zonas legales)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="47"/>
        <source>outside every legal zone given</source>
        <translation>fuera de todas las zonas legales dadas</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="48"/>
        <source>{category}: {zone}, {hectares} ha inside</source>
        <translation>{category}: {zone}, {hectares} ha dentro</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="54"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="54"/>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="55"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="55"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="58"/>
        <source>not given (no regions layer, or outside it)</source>
        <translation>no indicada (sin capa de regiones, o fuera de ella)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="63"/>
        <source>Evidence dossier: forest loss</source>
        <translation>Expediente de evidencia: pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="64"/>
        <source>Loss patches detected in satellite images, with coordinates, legal status, before/after images and the provenance of every input.</source>
        <translation>Parches de pérdida detectados en imágenes satelitales, con coordenadas, situación legal, imágenes de antes y después y la procedencia de cada entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="67"/>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="68"/>
        <source>not dated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="72"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="72"/>
        <source>{count} loss patches, {hectares} ha in total</source>
        <translation>{count} parches de pérdida, {hectares} ha en total</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="74"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="74"/>
        <source>{lat} to {lat2} latitude</source>
        <translation>latitud de {lat} a {lat2}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="77"/>
        <source>When (first seen)</source>
        <translation>Cuándo (primera detección)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="78"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="78"/>
        <source>before {before}, after {after}</source>
        <translation>antes {before}, después {after}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="80"/>
        <source>By whom</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="81"/>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="90"/>
        <source>Location of the patches (outlined) on the after image</source>
        <translation>Ubicación de los parches (delineados) sobre la imagen posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="91"/>
        <source>Inputs (SHA-256 of each file):</source>
        <translation>Entradas (SHA-256 de cada archivo):</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="111"/>
        <source>Loss patch {id}</source>
        <translation>Parche de pérdida {id}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="112"/>
        <source>Coordinates (centre, WGS 84)</source>
        <translation>Coordenadas (centro, WGS 84)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="112"/>
        <source>Decimal degrees: {value}</source>
        <translation>Grados decimales: {value}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="113"/>
        <source>DMS: {value}</source>
        <translation>GMS: {value}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="114"/>
        <source>UTM: {value}</source>
        <translation>UTM: {value}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="114"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="116"/>
        <source>Area: {hectares} ha</source>
        <translation>Área: {hectares} ha</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="117"/>
        <source>Kind: {kind}</source>
        <translation>Tipo: {kind}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="118"/>
        <source>First seen: {date}</source>
        <translation>Primera detección: {date}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="120"/>
        <source>Confidence: {confidence}</source>
        <translation>Confianza: {confidence}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="121"/>
        <source>Legal status</source>
        <translation>Situación legal</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="127"/>
        <source>Before: {date}</source>
        <translation>Antes: {date}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="127"/>
        <source>After: {date}</source>
        <translation>Después: {date}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="134"/>
        <source>True colour, the same stretch on both images; the patch is outlined in yellow.</source>
        <translation>Color verdadero, el mismo realce en ambas imágenes; el parche está delineado en amarillo.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="136"/>
        <source>The rule&apos;s values in the patch (means over its pixels)</source>
        <translation>Valores de la regla en el parche (medias sobre sus píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="137"/>
        <source>NDVI before {before}, after {after} (forest before: at least {limit})</source>
        <translation>NDVI antes {before}, después {after} (bosque antes: al menos {limit})</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="140"/>
        <source>NBR before {before}, after {after} (loss: a drop of at least {limit})</source>
        <translation>NBR antes {before}, después {after} (pérdida: una caída de al menos {limit})</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="143"/>
        <source>New water: {share} % of the patch</source>
        <translation>Agua nueva: {share} % del parche</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="146"/>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="147"/>
        <source>Before image: {name}</source>
        <translation>Imagen anterior: {name}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="148"/>
        <source>After image: {name}</source>
        <translation>Imagen posterior: {name}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="149"/>
        <source>Patches: {name}</source>
        <translation>Parches: {name}</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="150"/>
        <source>Full list of inputs with their SHA-256 on the cover; method on the last page.</source>
        <translation>Lista completa de entradas con su SHA-256 en la portada; método en la última página.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="192"/>
        <source>Method and provenance</source>
        <translation>Método y procedencia</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="193"/>
        <source>Coordinates are the centre (centroid) of each patch, in WGS 84; UTM on the zone of that point.
Areas are ellipsoidal. Legal status: the ellipsoidal area of each patch inside each zone.
Chips: red, green and blue bands of the {sensor} preset, one 2-98 % stretch per patch shared by
both dates. Rule values: reflectance (DN x scale + offset) averaged over the patch&apos;s pixels.
SHA-256 lets anyone check that the files are the ones this report was made from.</source>
        <translation>Las coordenadas son el centro (centroide) de cada parche, en WGS 84; UTM en la zona de ese punto.
Las áreas son elipsoidales. Situación legal: el área elipsoidal de cada parche dentro de cada zona.
Recortes: bandas roja, verde y azul del preajuste {sensor}, un realce 2-98 % por parche común a
ambas fechas. Valores de la regla: reflectancia (ND x escala + desplazamiento) promediada en el parche.
El SHA-256 permite a cualquiera comprobar que los archivos son los usados para este informe.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="201"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="204"/>
        <source>Thresholds of the rule</source>
        <translation>Umbrales de la regla</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="101"/>
        <source>{points} labelled points</source>
        <translation>{points} puntos etiquetados</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="103"/>
        <source>; mapped mining loss confirmed: {users} ± {half} %</source>
        <translation>; pérdida por minería mapeada confirmada: {users} ± {half} %</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="105"/>
        <source>Sample estimate</source>
        <translation>Estimación por muestra</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="105"/>
        <source>{value} ± {half} ha of loss (95 %); the map: {map} ha</source>
        <translation>{value} ± {half} ha de pérdida (95 %); el mapa: {map} ha</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="107"/>
        <source>Reference sample</source>
        <translation>Muestra de referencia</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="37"/>
        <source>confirmed by optical and radar</source>
        <translation>confirmada por óptico y radar</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="169"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="169"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="163"/>
        <source>Tailings-like ground: {share} % of the patch; pale ground around it: {around} % (a mining front needs at least {limit_share} % and {limit_around} %: {answer})</source>
        <translation>Suelo parecido a relave: {share} % del parche; suelo pálido a su alrededor: {around} % (un frente minero necesita al menos {limit_share} % y {limit_around} %: {answer})</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="175"/>
        <source>Water before and after around it: {share} % (a river: new water there is not counted as ponds)</source>
        <translation>Agua antes y después a su alrededor: {share} % (un río: el agua nueva allí no cuenta como pozas)</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="186"/>
        <source>Warning: first seen after the &apos;after&apos; image ({date}); these two images cannot show this loss yet.</source>
        <translation>Atención: detectado por primera vez después de la imagen «después» ({date}); estas dos imágenes aún no pueden mostrar esta pérdida.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="183"/>
        <source>Warning: first seen before the &apos;before&apos; image ({date}); these two images cannot show it appearing.</source>
        <translation>Atención: detectado por primera vez antes de la imagen «antes» ({date}); estas dos imágenes no pueden mostrar la aparición de esta pérdida.</translation>
    </message>
    <message>
        <location filename="../algorithms/evidence/dossier_pages.py" line="169"/>
        <source>Bare ground: {area} ha (with at least {limit_share} % tailings-like ground, a front of {limit_area} ha or more needs no pale ground around: {answer})</source>
        <translation>Suelo desnudo: {area} ha (con al menos {limit_share} % de suelo parecido a relave, un frente de {limit_area} ha o más no necesita suelo pálido alrededor: {answer})</translation>
    </message>
</context>
<context>
    <name>EmergingHotSpots</name>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="48"/>
        <source>Emerging hot spots of forest loss</source>
        <translation>Puntos calientes emergentes de pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="51"/>
        <source>&lt;p&gt;Where loss is new, growing, lasting or fading. The loss (any input of &apos;Forest loss per region and period&apos;) is summed on a grid of equal-area hexagons of the given size for each year, quarter or month (or each value of the period field). For each period, the Getis-Ord Gi* statistic of each cell is computed on the cell and its six neighbours (binary weights, all cells of the grid as the study area); a cell is a hot spot when Gi* is positive with a two-sided p below 0.05 (no false-discovery-rate correction). A Mann-Kendall test on each cell&apos;s Gi* z-scores gives the trend (tau, p; significant below 0.05).&lt;/p&gt;&lt;p&gt;Categories, as in ESRI&apos;s Emerging Hot Spot Analysis (ArcGIS Pro, &apos;How Emerging Hot Spot Analysis works&apos;): &lt;b&gt;new&lt;/b&gt;: hot in the last period only; &lt;b&gt;consecutive&lt;/b&gt;: one uninterrupted run of at least two hot periods ending in the last one, never hot before, fewer than 90 % hot; &lt;b&gt;intensifying&lt;/b&gt;: hot in at least 90 % of the periods including the last, with a significant upward trend; &lt;b&gt;persistent&lt;/b&gt;: the same without a significant trend; &lt;b&gt;diminishing&lt;/b&gt;: the same with a significant downward trend; &lt;b&gt;sporadic&lt;/b&gt;: hot in the last period, on and off before, fewer than 90 % hot, never a cold spot; &lt;b&gt;oscillating&lt;/b&gt;: hot in the last period, a cold spot in an earlier one, fewer than 90 % hot; &lt;b&gt;historical&lt;/b&gt;: not hot in the last period but hot in at least 90 % of them; &lt;b&gt;none&lt;/b&gt;: none of these. Cold-spot patterns are not reported.&lt;/p&gt;&lt;p&gt;Outputs: the cells with loss (&lt;code&gt;cell_id&lt;/code&gt;, &lt;code&gt;total_ha&lt;/code&gt;, &lt;code&gt;category&lt;/code&gt;, &lt;code&gt;trend_tau&lt;/code&gt;, &lt;code&gt;trend_p&lt;/code&gt;, &lt;code&gt;first_period&lt;/code&gt; and &lt;code&gt;last_period&lt;/code&gt; with loss, &lt;code&gt;hot_periods&lt;/code&gt;) styled by category, and one feature per cell and period (&lt;code&gt;loss_ha&lt;/code&gt;, &lt;code&gt;gi_z&lt;/code&gt;, &lt;code&gt;hot&lt;/code&gt;) that the Temporal Controller can step through. The hexagons are at least 10 raster pixels; at least 3 periods are needed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dónde la pérdida es nueva, crece, persiste o se apaga. La pérdida (cualquier entrada de 'Pérdida de bosque por región y periodo') se suma en una malla de hexágonos de igual área del tamaño indicado para cada año, trimestre o mes (o cada valor del campo de periodo). En cada periodo se calcula el estadístico Gi* de Getis-Ord de cada celda sobre la celda y sus seis vecinas (pesos binarios, todas las celdas de la malla como área de estudio); una celda es un punto caliente cuando Gi* es positivo con p bilateral menor que 0,05 (sin corrección por tasa de falsos descubrimientos). Una prueba de Mann-Kendall sobre las puntuaciones z de Gi* de cada celda da la tendencia (tau, p; significativa por debajo de 0,05).&lt;/p&gt;&lt;p&gt;Categorías, como en el Análisis de puntos calientes emergentes de ESRI (ArcGIS Pro, 'Cómo funciona Análisis de puntos calientes emergentes'): &lt;b&gt;new&lt;/b&gt; (nuevo): caliente solo en el último periodo; &lt;b&gt;consecutive&lt;/b&gt; (consecutivo): una sola racha ininterrumpida de al menos dos periodos calientes que termina en el último, nunca caliente antes, menos del 90 % caliente; &lt;b&gt;intensifying&lt;/b&gt; (en aumento): caliente en al menos el 90 % de los periodos incluido el último, con tendencia creciente significativa; &lt;b&gt;persistent&lt;/b&gt; (persistente): lo mismo sin tendencia significativa; &lt;b&gt;diminishing&lt;/b&gt; (en disminución): lo mismo con tendencia decreciente significativa; &lt;b&gt;sporadic&lt;/b&gt; (esporádico): caliente en el último periodo, intermitente antes, menos del 90 % caliente, nunca punto frío; &lt;b&gt;oscillating&lt;/b&gt; (oscilante): caliente en el último periodo, punto frío en uno anterior, menos del 90 % caliente; &lt;b&gt;historical&lt;/b&gt; (histórico): no caliente en el último periodo pero caliente en al menos el 90 % de ellos; &lt;b&gt;none&lt;/b&gt;: ninguno de estos. No se informan patrones de puntos fríos.&lt;/p&gt;&lt;p&gt;Salidas: las celdas con pérdida (&lt;code&gt;cell_id&lt;/code&gt;, &lt;code&gt;total_ha&lt;/code&gt;, &lt;code&gt;category&lt;/code&gt;, &lt;code&gt;trend_tau&lt;/code&gt;, &lt;code&gt;trend_p&lt;/code&gt;, &lt;code&gt;first_period&lt;/code&gt; y &lt;code&gt;last_period&lt;/code&gt; con pérdida, &lt;code&gt;hot_periods&lt;/code&gt;) con estilo por categoría, y una entidad por celda y periodo (&lt;code&gt;loss_ha&lt;/code&gt;, &lt;code&gt;gi_z&lt;/code&gt;, &lt;code&gt;hot&lt;/code&gt;) que el Controlador temporal puede recorrer. Los hexágonos tienen al menos 10 píxeles del ráster; se necesitan al menos 3 periodos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="76"/>
        <source>Hexagon area (km²)</source>
        <translation>Área del hexágono (km²)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="79"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="79"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="79"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="79"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="81"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="83"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="85"/>
        <source>Hot spot cells</source>
        <translation>Celdas de puntos calientes</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="87"/>
        <source>Loss and Gi* per cell and period</source>
        <translation>Pérdida y Gi* por celda y periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="109"/>
        <source>{count} hexagons of {area} km².</source>
        <translation>{count} hexágonos de {area} km².</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="173"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>Punto caliente, 99 % de confianza</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="173"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>Punto caliente, 95 % de confianza</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/hotspots.py" line="173"/>
        <source>Not a hot spot</source>
        <translation>No es punto caliente</translation>
    </message>
</context>
<context>
    <name>EstimateSection</name>
    <message>
        <location filename="../algorithms/estimation/estimate_section.py" line="18"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_section.py" line="18"/>
        <source>Map (ha)</source>
        <translation>Mapa (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_section.py" line="18"/>
        <source>Estimated loss (ha)</source>
        <translation>Pérdida estimada (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_section.py" line="19"/>
        <source>95 % interval (ha)</source>
        <translation>Intervalo del 95 % (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_section.py" line="21"/>
        <source>Estimated mining loss (ha)</source>
        <translation>Pérdida por minería estimada (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_section.py" line="27"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_section.py" line="33"/>
        <source>Loss estimated from the labelled sample</source>
        <translation>Pérdida estimada con la muestra etiquetada</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimate_section.py" line="35"/>
        <source>From {points} labelled points (stratified estimators of Olofsson et al. 2014 and Stehman 2014; a region's loss is a domain estimate from the same sample). The map holds {map} ha of loss where the sample was drawn; overall accuracy {overall}. The estimate covers the whole period of the map the sample was drawn from, not each period above; ± is the half-width of the 95 % confidence interval.</source>
        <translation>A partir de {points} puntos etiquetados (estimadores estratificados de Olofsson et al. 2014 y Stehman 2014; la pérdida de una región es una estimación de dominio con la misma muestra). El mapa contiene {map} ha de pérdida donde se extrajo la muestra; exactitud global {overall}. La estimación abarca todo el periodo del mapa del que se extrajo la muestra, no cada periodo anterior; ± es la semiamplitud del intervalo de confianza del 95 %.</translation>
    </message>
</context>
<context>
    <name>EstimationAlgorithm</name>
    <message>
        <location filename="../algorithms/estimation/estimation_base.py" line="15"/>
        <source>Area estimation</source>
        <translation>Estimación de áreas</translation>
    </message>
</context>
<context>
    <name>EstimationErrors</name>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="21"/>
        <source>{count} point(s) have no reference class yet (points {points}). Label every point (Verify sample in the dock) or delete the points that cannot be labelled, then run again.</source>
        <translation>{count} punto(s) aún no tienen clase de referencia (puntos {points}). Etiquete todos los puntos (Verificar muestra en el panel) o borre los que no se puedan etiquetar, y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="25"/>
        <source>{count} point(s) fall outside the map or on its no-data pixels (points {points}). Give the map the sample was drawn from, or remove those points.</source>
        <translation>{count} punto(s) caen fuera del mapa o en sus píxeles sin datos (puntos {points}). Indique el mapa del que se extrajo la muestra, o quite esos puntos.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="28"/>
        <source>The strata {strata} have no area. Keep the stratum_area_ha field of the sampling design, or give the map so the strata (its classes) can be measured.</source>
        <translation>Los estratos {strata} no tienen área. Conserve el campo stratum_area_ha del diseño de muestreo, o indique el mapa para medir los estratos (sus clases).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="31"/>
        <source>Reference codes {codes} are not classes of the map ({classes}). Use the map&apos;s class codes for the reference labels.</source>
        <translation>Los códigos de referencia {codes} no son clases del mapa ({classes}). Use los códigos de clase del mapa en las etiquetas de referencia.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="34"/>
        <source>Each stratum needs at least 2 labelled points to estimate its variance; these have fewer: {strata}. Label more points in them (draw a new design with a larger minimum per stratum).</source>
        <translation>Cada estrato necesita al menos 2 puntos etiquetados para estimar su varianza; estos tienen menos: {strata}. Etiquete más puntos en ellos (genere un nuevo diseño con un mínimo por estrato mayor).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="42"/>
        <source>Points of stratum {stratum} give different stratum areas ({areas}). Each stratum has one area: correct the stratum_area_ha field.</source>
        <translation>Los puntos del estrato {stratum} dan áreas de estrato distintas ({areas}). Cada estrato tiene una sola área: corrija el campo stratum_area_ha.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="45"/>
        <source>The points layer has no points.</source>
        <translation>La capa de puntos no tiene puntos.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="50"/>
        <source>{role} is not a categorical map (its values are not whole numbers, or it has more than 64 classes). Give a class raster such as the loss classes of a detection.</source>
        <translation>{role} no es un mapa categórico (sus valores no son enteros, o tiene más de 64 clases). Indique un ráster de clases, como las clases de pérdida de una detección.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="54"/>
        <source>{role} has no valid pixel in the area of interest.</source>
        <translation>{role} no tiene ningún píxel válido en el área de interés.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="56"/>
        <source>The buffer must be zero or more metres (got {value}).</source>
        <translation>La franja debe ser de cero o más metros (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="58"/>
        <source>The target standard error must be between 0 and 1 (got {value}).</source>
        <translation>El error estándar objetivo debe estar entre 0 y 1 (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="60"/>
        <source>Expected user&apos;s accuracies must be between 0 and 1, both excluded (got {value}).</source>
        <translation>Las exactitudes del usuario esperadas deben estar entre 0 y 1, ambos excluidos (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="63"/>
        <source>The points have a stratum field but no stratum_area_ha field: the area of each stratum is needed. Use the layer written by &apos;Sampling design&apos;, or leave the stratum field empty and give the map (the strata are then its classes).</source>
        <translation>Los puntos tienen un campo de estrato pero no el campo stratum_area_ha: se necesita el área de cada estrato. Use la capa escrita por 'Diseño de muestreo', o deje vacío el campo de estrato e indique el mapa (los estratos serán entonces sus clases).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="67"/>
        <source>The points have no map_class field: give the map, so each point&apos;s map class is read under it.</source>
        <translation>Los puntos no tienen campo map_class: indique el mapa, para leer bajo cada punto su clase del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="69"/>
        <source>The points have no field &apos;{field}&apos; for the reference class. Choose the field that holds the labels.</source>
        <translation>Los puntos no tienen el campo '{field}' para la clase de referencia. Elija el campo que contiene las etiquetas.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_messages.py" line="38"/>
        <source>Strata of the map have no points in the sample: {strata}. Their hectares would be left out of the estimate. Keep at least 2 labelled points in every stratum (draw a new design if they were deleted).</source>
        <translation>Hay estratos del mapa sin puntos en la muestra: {strata}. Sus hectáreas quedarían fuera de la estimación. Conserve al menos 2 puntos etiquetados en cada estrato (genere un nuevo diseño si se borraron).</translation>
    </message>
</context>
<context>
    <name>EstimationHelp</name>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="13"/>
        <source>The map to assess: this plugin&apos;s loss classes (0 no loss, 1 mining, 2 other loss) or any class raster. Its no-data pixels are left out.</source>
        <translation>El mapa a evaluar: las clases de pérdida de este complemento (0 sin pérdida, 1 minería, 2 otra pérdida) o cualquier ráster de clases. Sus píxeles sin datos quedan fuera.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="15"/>
        <source>Pixels without loss within this distance of mapped loss form their own stratum, where omitted loss is found. 0: the strata are the map classes only.</source>
        <translation>Los píxeles sin pérdida a esta distancia o menos de la pérdida mapeada forman su propio estrato, donde se encuentra la pérdida omitida. 0: los estratos son solo las clases del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="17"/>
        <source>Total number of points. 0: from the target standard error and the expected user&apos;s accuracies (Olofsson et al. 2014, eq. 13).</source>
        <translation>Número total de puntos. 0: según el error estándar objetivo y las exactitudes del usuario esperadas (Olofsson et al. 2014, ec. 13).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="19"/>
        <source>Every stratum gets at least this many points (Olofsson et al. recommend 50 to 100 for rare classes); the rest is shared in proportion to area.</source>
        <translation>Cada estrato recibe al menos estos puntos (Olofsson et al. recomiendan de 50 a 100 para las clases raras); el resto se reparte en proporción al área.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="21"/>
        <source>The same seed draws the same points from the same map.</source>
        <translation>La misma semilla extrae los mismos puntos del mismo mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="22"/>
        <source>Only this rectangle of the map is sampled. Empty: the whole map.</source>
        <translation>Solo se muestrea este rectángulo del mapa. Vacío: todo el mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="23"/>
        <source>For a sample size of 0: the standard error of the overall accuracy to aim for (0.01 = ±2 points of accuracy at 95 %).</source>
        <translation>Con tamaño de muestra 0: el error estándar de la exactitud global que se busca (0,01 = ±2 puntos de exactitud al 95 %).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="25"/>
        <source>For a sample size of 0: the share of points of the loss classes and the buffer you expect the reference to confirm.</source>
        <translation>Con tamaño de muestra 0: la fracción de puntos de las clases de pérdida y de la franja que espera que la referencia confirme.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="27"/>
        <source>For a sample size of 0: the share of points of the no-loss class you expect the reference to confirm.</source>
        <translation>Con tamaño de muestra 0: la fracción de puntos de la clase sin pérdida que espera que la referencia confirme.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="29"/>
        <source>GeoPackage of points to label: stratum, stratum_area_ha, map_class, and empty reference, labelled_by, labelled_at, comment.</source>
        <translation>GeoPackage de puntos por etiquetar: stratum, stratum_area_ha, map_class, y vacíos reference, labelled_by, labelled_at, comment.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="35"/>
        <source>The labelled points: the sampling design&apos;s layer after labelling, or any point layer with a reference class per point.</source>
        <translation>Los puntos etiquetados: la capa del diseño de muestreo tras etiquetarla, o cualquier capa de puntos con una clase de referencia por punto.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="37"/>
        <source>The field that holds each point&apos;s reference class code.</source>
        <translation>El campo que contiene el código de la clase de referencia de cada punto.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="38"/>
        <source>The field that holds each point&apos;s stratum (with stratum_area_ha). Empty or absent: the strata are the map classes.</source>
        <translation>El campo que contiene el estrato de cada punto (con stratum_area_ha). Vacío o ausente: los estratos son las clases del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="40"/>
        <source>The map the sample was drawn from: its hectares per class, and the map class under points without a map_class field.</source>
        <translation>El mapa del que se extrajo la muestra: sus hectáreas por clase, y la clase del mapa bajo los puntos sin campo map_class.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="42"/>
        <source>One row per class: map hectares, estimated hectares and 95 % half-width, user&apos;s and producer&apos;s accuracy with their 95 % half-widths.</source>
        <translation>Una fila por clase: hectáreas del mapa, hectáreas estimadas y semiamplitud al 95 %, exactitud del usuario y del productor con sus semiamplitudes al 95 %.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="44"/>
        <source>The error matrix in proportions of area: one row per map class, one column per reference class.</source>
        <translation>La matriz de error en proporciones de área: una fila por clase del mapa, una columna por clase de referencia.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/estimation_help.py" line="46"/>
        <source>HTML report in the language of QGIS (optional).</source>
        <translation>Informe HTML en el idioma de QGIS (opcional).</translation>
    </message>
</context>
<context>
    <name>GridErrors</name>
    <message>
        <location filename="../algorithms/regions/grid_messages.py" line="17"/>
        <source>The hexagon size must be more than 0 km² (got {value}). Set 'Hexagon area (km²)'.</source>
        <translation>El tamaño del hexágono debe ser mayor que 0 km² (se dio {value}). Ajuste 'Área del hexágono (km²)'.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_messages.py" line="21"/>
        <source>The hexagon grid would have {cells} cells (at most {limit}). Choose a larger 'Hexagon area (km²)' or a smaller area.</source>
        <translation>La malla de hexágonos tendría {cells} celdas (como máximo {limit}). Elija un 'Área del hexágono (km²)' mayor o un área más pequeña.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_messages.py" line="27"/>
        <source>A hexagon of {cell} ha holds fewer than {pixels} pixels of {pixel} ha: the grid is finer than the raster. Choose a 'Hexagon area (km²)' of at least {minimum} km².</source>
        <translation>Un hexágono de {cell} ha contiene menos de {pixels} píxeles de {pixel} ha: la malla es más fina que el ráster. Elija un 'Área del hexágono (km²)' de al menos {minimum} km².</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_messages.py" line="34"/>
        <source>No forest loss was found in the area and dates analysed. Check the loss layer, its encoding and the dates.</source>
        <translation>No se encontró pérdida de bosque en el área y las fechas analizadas. Revise la capa de pérdida, su codificación y las fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_messages.py" line="40"/>
        <source>Emerging hot spots need at least 3 periods and the data gives {count}. Choose shorter periods (quarters or months) or a longer date range.</source>
        <translation>Los puntos calientes emergentes necesitan al menos 3 periodos y los datos dan {count}. Elija periodos más cortos (trimestres o meses) o un rango de fechas más largo.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_messages.py" line="46"/>
        <source>The loss data covers {first} to {last}: it has no full month before or after the operation&apos;s start ({start}) to compare. Choose another operation or loss data that covers both sides of its start.</source>
        <translation>Los datos de pérdida cubren de {first} a {last}: no tienen ni un mes completo antes o después del inicio del operativo ({start}) para comparar. Elija otro operativo o datos de pérdida que cubran ambos lados de su inicio.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_messages.py" line="53"/>
        <source>No zone lies within {radius} km of the operation&apos;s area. Increase &apos;Search radius (km)&apos; or choose zones near the operation.</source>
        <translation>Ninguna zona está a menos de {radius} km del área del operativo. Aumente 'Radio de búsqueda (km)' o elija zonas cercanas al operativo.</translation>
    </message>
</context>
<context>
    <name>GridHelp</name>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="10"/>
        <source>Area of each hexagon in km² (equal-area on the layer's ellipsoid). At least 10 raster pixels; 25 km² suits a department, 1 to 5 km² a mining front.</source>
        <translation>Área de cada hexágono en km² (de igual área sobre el elipsoide de la capa). Al menos 10 píxeles del ráster; 25 km² sirve para un departamento, de 1 a 5 km² para un frente minero.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="13"/>
        <source>The hexagons with loss: total hectares, hot-spot category, Mann-Kendall trend (tau, p), first and last period with loss. Styled by category.</source>
        <translation>Los hexágonos con pérdida: hectáreas totales, categoría de punto caliente, tendencia de Mann-Kendall (tau, p), primer y último periodo con pérdida. Con estilo por categoría.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="16"/>
        <source>One hexagon per cell and period with its hectares, Gi* z-score and hot flag; period_start and period_end drive the Temporal Controller.</source>
        <translation>Un hexágono por celda y periodo con sus hectáreas, la puntuación z de Gi* y la marca de punto caliente; period_start y period_end guían el Controlador temporal.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="19"/>
        <source>Zones to measure (districts, native communities, concessions...). Empty: hexagons of the size below.</source>
        <translation>Zonas a medir (distritos, comunidades nativas, concesiones...). Vacío: hexágonos del tamaño indicado abajo.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="22"/>
        <source>The field that names each zone in the output.</source>
        <translation>El campo que da nombre a cada zona en la salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="23"/>
        <source>Without zones: area of each hexagon in km² (at least 10 raster pixels).</source>
        <translation>Sin zonas: área de cada hexágono en km² (al menos 10 píxeles del ráster).</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="25"/>
        <source>Zones farther than this from the operation&apos;s area (nearest edge) are left out.</source>
        <translation>Las zonas más lejos que esto del área del operativo (borde más cercano) se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="27"/>
        <source>Months counted before and after the operation&apos;s start; both windows are shortened equally when the loss data cover less.</source>
        <translation>Meses contados antes y después del inicio del operativo; ambas ventanas se acortan por igual cuando los datos de pérdida cubren menos.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="30"/>
        <source>How many of the zones where loss rose most get a line from the operation.</source>
        <translation>Cuántas de las zonas donde más subió la pérdida reciben una línea desde el operativo.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="32"/>
        <source>The zones with distance, bearing, hectares before and after, change and rank; styled by change.</source>
        <translation>Las zonas con distancia, rumbo, hectáreas antes y después, cambio y puesto; con estilo por cambio.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_help.py" line="35"/>
        <source>Lines from the operation&apos;s centroid to the zones where loss rose most.</source>
        <translation>Líneas desde el centroide del operativo hasta las zonas donde más subió la pérdida.</translation>
    </message>
</context>
<context>
    <name>GridInputs</name>
    <message>
        <location filename="../algorithms/regions/grid_inputs.py" line="41"/>
        <source>Date field (polygons)</source>
        <translation>Campo de fecha (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_inputs.py" line="42"/>
        <source>Period field: its values are the periods</source>
        <translation>Campo de periodo: sus valores son los periodos</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_inputs.py" line="43"/>
        <source>Area field in hectares (polygons)</source>
        <translation>Campo de área en hectáreas (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_inputs.py" line="49"/>
        <source>Forest loss (raster or polygons)</source>
        <translation>Pérdida de bosque (ráster o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_inputs.py" line="56"/>
        <source>Raster encoding</source>
        <translation>Codificación del ráster</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_inputs.py" line="61"/>
        <source>Loss dates for the class raster</source>
        <translation>Fechas de pérdida del ráster de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/grid_inputs.py" line="84"/>
        <source>The field &apos;{field}&apos; given as &apos;{label}&apos; is not in the loss layer. Its fields are: {fields}.</source>
        <translation>El campo '{field}' dado como '{label}' no está en la capa de pérdida. Sus campos son: {fields}.</translation>
    </message>
</context>
<context>
    <name>HotspotReport</name>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="29"/>
        <source>New hot spot</source>
        <translation>Nuevo punto caliente</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="30"/>
        <source>Consecutive hot spot</source>
        <translation>Punto caliente consecutivo</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="31"/>
        <source>Intensifying hot spot</source>
        <translation>Punto caliente en aumento</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="32"/>
        <source>Persistent hot spot</source>
        <translation>Punto caliente persistente</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="33"/>
        <source>Diminishing hot spot</source>
        <translation>Punto caliente en disminución</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="34"/>
        <source>Sporadic hot spot</source>
        <translation>Punto caliente esporádico</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="35"/>
        <source>Oscillating hot spot</source>
        <translation>Punto caliente oscilante</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="36"/>
        <source>Historical hot spot</source>
        <translation>Punto caliente histórico</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="37"/>
        <source>No pattern</source>
        <translation>Ningún patrón</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="77"/>
        <source>Emerging hot spots of forest loss on {count} hexagons of {area} km², {first} to {last}, made offline by Mining Loss Monitor on {day}.</source>
        <translation>Puntos calientes emergentes de pérdida de bosque en {count} hexágonos de {area} km², de {first} a {last}, hecho sin conexión por Mining Loss Monitor el {day}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="91"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="129"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="97"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="97"/>
        <source>Loss (ha)</source>
        <translation>Pérdida (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="108"/>
        <source>Loss in all cells per period</source>
        <translation>Pérdida en todas las celdas por periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="108"/>
        <source>Forest loss</source>
        <translation>Pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="108"/>
        <source>hectares</source>
        <translation>hectáreas</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="117"/>
        <source>Cells that changed most (last period against the first)</source>
        <translation>Celdas que más cambiaron (último periodo frente al primero)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="129"/>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="129"/>
        <source>First period (ha)</source>
        <translation>Primer periodo (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="129"/>
        <source>Last period (ha)</source>
        <translation>Último periodo (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="129"/>
        <source>Change (ha)</source>
        <translation>Cambio (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="129"/>
        <source>Total (ha)</source>
        <translation>Total (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="129"/>
        <source>Centre (lat, lon)</source>
        <translation>Centro (lat, lon)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="144"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="156"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="158"/>
        <source>Emerging hot spots of forest loss</source>
        <translation>Puntos calientes emergentes de pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/hotspot_report.py" line="145"/>
        <source>Getis-Ord Gi* per period on each hexagon and its six neighbours (binary weights); hot spot: Gi* &gt; 0 with a two-sided p &lt; {p}; Mann-Kendall trend on each cell&apos;s Gi* z-scores (p &lt; {p}); categories as in ESRI&apos;s Emerging Hot Spot Analysis (&apos;How Emerging Hot Spot Analysis works&apos;, ArcGIS Pro documentation). Equal-area hexagons on the layer&apos;s ellipsoid.</source>
        <translation>Gi* de Getis-Ord por periodo en cada hexágono y sus seis vecinos (pesos binarios); punto caliente: Gi* &gt; 0 con p bilateral &lt; {p}; tendencia de Mann-Kendall sobre las puntuaciones z de Gi* de cada celda (p &lt; {p}); categorías como en el Análisis de puntos calientes emergentes de ESRI ('Cómo funciona Análisis de puntos calientes emergentes', documentación de ArcGIS Pro). Hexágonos de igual área sobre el elipsoide de la capa.</translation>
    </message>
</context>
<context>
    <name>ImageInputs</name>
    <message>
        <location filename="../algorithms/detection/image_inputs.py" line="91"/>
        <source>Incorrect value for {label}.</source>
        <translation>Valor incorrecto para {label}.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/image_inputs.py" line="100"/>
        <source>Only this rectangle is read and written, e.g. La Pampa out of a whole Sentinel-2 tile. Empty: the whole image before (the first image of a series).</source>
        <translation>Solo se lee y se escribe este rectángulo, p. ej. La Pampa dentro de una tesela Sentinel-2 completa. Vacío: toda la imagen anterior (la primera imagen de una serie).</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/image_inputs.py" line="97"/>
        <source>Area of interest</source>
        <translation>Área de interés</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/image_inputs.py" line="69"/>
        <source>Products: their JPEG2000 bands are decoded once first, into a temporary folder that is deleted afterwards (the first 45 % of the progress bar); then the rules run.</source>
        <translation>Productos: primero se decodifican una sola vez sus bandas JPEG2000, en una carpeta temporal que se borra al terminar (el primer 45 % de la barra de progreso); luego se aplican las reglas.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/image_inputs.py" line="79"/>
        <source>Files of downloaded products were read as the whole products: {names}.</source>
        <translation>Los archivos de productos descargados se leyeron como los productos completos: {names}.</translation>
    </message>
</context>
<context>
    <name>ImportOperations</name>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="38"/>
        <source>Import enforcement operations (CSV)</source>
        <translation>Importar operativos de control (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="62"/>
        <source>Operations</source>
        <translation>Operativos</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="47"/>
        <source>&lt;p&gt;Reads a CSV of enforcement operations with the columns &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;start_date&lt;/code&gt;, &lt;code&gt;end_date&lt;/code&gt; (empty = ongoing), &lt;code&gt;agency&lt;/code&gt;, &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;description&lt;/code&gt;, &lt;code&gt;source&lt;/code&gt; and either &lt;code&gt;wkt&lt;/code&gt; (the area, in WGS84) or &lt;code&gt;region&lt;/code&gt; (names matched in the regions layer; several names separated by |).&lt;/p&gt;&lt;p&gt;Writes the &lt;code&gt;operations&lt;/code&gt; layer (EPSG:4326, MultiPolygon) to a GeoPackage. Rows with problems are reported by line number and left out; good rows are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lee un CSV de operativos de control con las columnas &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;start_date&lt;/code&gt;, &lt;code&gt;end_date&lt;/code&gt; (vacía = en curso), &lt;code&gt;agency&lt;/code&gt;, &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;description&lt;/code&gt;, &lt;code&gt;source&lt;/code&gt; y además &lt;code&gt;wkt&lt;/code&gt; (el área, en WGS84) o &lt;code&gt;region&lt;/code&gt; (nombres buscados en la capa de regiones; varios nombres separados por |).&lt;/p&gt;&lt;p&gt;Escribe la capa &lt;code&gt;operations&lt;/code&gt; (EPSG:4326, MultiPolígono) en un GeoPackage. Las filas con problemas se informan por número de línea y se dejan fuera; las filas correctas se conservan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="56"/>
        <source>Operations CSV</source>
        <translation>CSV de operativos</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="57"/>
        <source>Regions (for the region column)</source>
        <translation>Regiones (para la columna region)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="60"/>
        <source>Region name field</source>
        <translation>Campo con el nombre de la región</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="63"/>
        <source>Operations imported</source>
        <translation>Operativos importados</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="64"/>
        <source>Rows rejected</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="68"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="72"/>
        <source>end date {detail} is before the start date</source>
        <translation>la fecha de fin {detail} es anterior a la fecha de inicio</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="73"/>
        <source>unreadable area WKT &apos;{detail}&apos;</source>
        <translation>WKT del área ilegible '{detail}'</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="74"/>
        <source>region &apos;{detail}&apos; is not in the regions layer</source>
        <translation>la región '{detail}' no está en la capa de regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="75"/>
        <source>no area: give wkt or region</source>
        <translation>sin área: indique wkt o region</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="99"/>
        <source>Line {line}: {problem}; row left out.</source>
        <translation>Línea {line}: {problem}; fila dejada fuera.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="69"/>
        <source>unreadable date &apos;{detail}&apos; (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>fecha ilegible '{detail}' (use AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="70"/>
        <source>date &apos;{detail}&apos; can be read as day/month or month/day: write it as YYYY-MM-DD</source>
        <translation>la fecha '{detail}' puede leerse como día/mes o mes/día: escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/import_operations.py" line="110"/>
        <source>Operations imported: {count}; rows left out: {rejected}.</source>
        <translation>Operativos importados: {count}; filas dejadas fuera: {rejected}.</translation>
    </message>
</context>
<context>
    <name>IntegrateAlerts</name>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="40"/>
        <source>Integrate optical and radar alerts</source>
        <translation>Integrar alertas ópticas y de radar</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="43"/>
        <source>&lt;p&gt;One alert raster from the outputs of &apos;Detect mining loss (time series)&apos; (optical) and &apos;Detect mining loss (Sentinel-1 radar)&apos;, the way Global Forest Watch integrates GLAD and RADD alerts: radar dates the loss that clouds hid from the optical images in the rainy season.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Date&lt;/b&gt;: the earliest of the two.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Class&lt;/b&gt;: the optical class where the optical saw loss (it tells mining by colour), else the radar&apos;s.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Confidence&lt;/b&gt;: 2 probable, 3 confirmed (the source&apos;s), 4 seen by both sources.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Source&lt;/b&gt;: 1 optical, 2 radar, 3 both.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The inputs may lie on different grids: the output is on the finest of them, over the union of their extents. The summaries, hot spots, polygons, dock and dossier take the output like any loss raster.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un ráster de alertas a partir de las salidas de «Detectar pérdida minera (serie temporal)» (óptico) y «Detectar pérdida minera (radar Sentinel-1)», como Global Forest Watch integra las alertas GLAD y RADD: el radar fecha la pérdida que las nubes ocultaron a las imágenes ópticas en la temporada de lluvias.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Fecha&lt;/b&gt;: la más temprana de las dos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clase&lt;/b&gt;: la clase óptica donde el óptico vio pérdida (distingue la minería por el color); si no, la del radar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Confianza&lt;/b&gt;: 2 probable, 3 confirmada (la de la fuente), 4 vista por ambas fuentes.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fuente&lt;/b&gt;: 1 óptico, 2 radar, 3 ambos.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Las entradas pueden estar en cuadrículas distintas: la salida está en la más fina de ellas, sobre la unión de sus extensiones. Los resúmenes, los puntos calientes, los polígonos, el panel y el expediente toman la salida como cualquier ráster de pérdida.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="57"/>
        <source>Optical loss classes</source>
        <translation>Clases de pérdida ópticas</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="57"/>
        <source>Optical loss dates</source>
        <translation>Fechas de pérdida ópticas</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="57"/>
        <source>Optical loss confidence</source>
        <translation>Confianza de la pérdida óptica</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="57"/>
        <source>Radar loss classes</source>
        <translation>Clases de pérdida de radar</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="57"/>
        <source>Radar loss dates</source>
        <translation>Fechas de pérdida de radar</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="57"/>
        <source>Radar loss confidence</source>
        <translation>Confianza de la pérdida de radar</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="64"/>
        <source>Integrated loss classes</source>
        <translation>Clases de pérdida integradas</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="64"/>
        <source>Integrated loss dates</source>
        <translation>Fechas de pérdida integradas</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="64"/>
        <source>Integrated confidence</source>
        <translation>Confianza integrada</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="64"/>
        <source>Alert source</source>
        <translation>Fuente de la alerta</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="69"/>
        <source>Seen by the optical only (ha)</source>
        <translation>Vista solo por el óptico (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="69"/>
        <source>Seen by the radar only (ha)</source>
        <translation>Vista solo por el radar (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="69"/>
        <source>Seen by both (ha)</source>
        <translation>Vista por ambos (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="69"/>
        <source>Dated earlier thanks to the radar (ha)</source>
        <translation>Fechada antes gracias al radar (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="92"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="92"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="92"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="92"/>
        <source>Probable loss</source>
        <translation>Pérdida probable</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="92"/>
        <source>Confirmed loss</source>
        <translation>Pérdida confirmada</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="92"/>
        <source>Seen by both sources</source>
        <translation>Vista por ambas fuentes</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="99"/>
        <source>Optical</source>
        <translation>Óptico</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="99"/>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="99"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="101"/>
        <source>Loss seen by the optical only: {optical} ha; by the radar only: {radar} ha; by both: {both} ha; dated earlier thanks to the radar: {earlier} ha.</source>
        <translation>Pérdida vista solo por el óptico: {optical} ha; solo por el radar: {radar} ha; por ambos: {both} ha; fechada antes gracias al radar: {earlier} ha.</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/integrate_alerts.py" line="92"/>
        <source>No data in either source (clouds, layover, shadow)</source>
        <translation>Sin datos en ninguna fuente (nubes, inversión por relieve, sombra)</translation>
    </message>
</context>
<context>
    <name>LegalInputs</name>
    <message>
        <location filename="../algorithms/regions/legal_inputs.py" line="32"/>
        <source>&apos;{label}&apos;: the loss layer has no field &apos;{field}&apos;. Give one of: {fields}.</source>
        <translation>'{label}': la capa de pérdida no tiene el campo '{field}'. Indique uno de: {fields}.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_inputs.py" line="43"/>
        <source>&apos;Zone name field&apos; lists {names} field names for {layers} zoning layers. Give one name for all layers, or one per layer separated by commas, in the order of the layers.</source>
        <translation>'Campo con el nombre de la zona' da {names} nombres de campo para {layers} capas de zonificación. Indique un nombre para todas las capas, o uno por capa separados por comas, en el orden de las capas.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_inputs.py" line="57"/>
        <source>&apos;Legal zones&apos;: every layer must be a polygon layer ({name} is not).</source>
        <translation>'Zonas legales': cada capa debe ser de polígonos ({name} no lo es).</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_inputs.py" line="61"/>
        <source>&apos;Zone name field&apos;: the zoning layer {name} has no field &apos;{field}&apos;. Give a field of each zoning layer (separated by commas, in the order of the layers), or leave it empty to count each layer as one zone.</source>
        <translation>'Campo con el nombre de la zona': la capa de zonificación {name} no tiene el campo '{field}'. Indique un campo de cada capa de zonificación (separados por comas, en el orden de las capas), o déjelo vacío para contar cada capa como una sola zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_inputs.py" line="66"/>
        <source>Zoning layer {name} ({crs}) was reprojected to the loss layer&apos;s CRS ({target}).</source>
        <translation>La capa de zonificación {name} ({crs}) se reproyectó al SRC de la capa de pérdida ({target}).</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_inputs.py" line="75"/>
        <source>Zone &apos;{{name}}&apos; of the zoning layer {layer} has no geometry: it is reported with 0 ha.</source>
        <translation>La zona '{{name}}' de la capa de zonificación {layer} no tiene geometría: se indica con 0 ha.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_inputs.py" line="75"/>
        <source>Zone &apos;{{name}}&apos; of the zoning layer {layer} has an invalid geometry (e.g. a self-intersecting polygon); it was repaired for this run, the layer is unchanged.</source>
        <translation>La zona '{{name}}' de la capa de zonificación {layer} tiene una geometría no válida (p. ej. un polígono que se cruza a sí mismo); se reparó para esta ejecución, la capa no se modifica.</translation>
    </message>
</context>
<context>
    <name>LegalStatus</name>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="164"/>
        <source>Forest loss by legal status</source>
        <translation>Pérdida de bosque por situación legal</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="53"/>
        <source>&lt;p&gt;Where does the loss stand legally? Hectares of loss per period inside each zone of one or more zoning layers: protected areas, buffer zones, the mining corridor, mining or forest concessions, native communities. Each layer is a category (its name); &lt;b&gt;Zone name field&lt;/b&gt; names its zones (one field for all layers, or one per layer separated by commas; empty: the whole layer is one zone).&lt;/p&gt;&lt;p&gt;Loss in a buffer zone and a concession counts in both. Loss outside every zone is its own row (category &lt;code&gt;outside&lt;/code&gt;), so each period&apos;s &lt;code&gt;outside&lt;/code&gt; plus the loss in the union of the zones is all the loss.&lt;/p&gt;&lt;p&gt;The loss input is read exactly as in &lt;i&gt;Forest loss per region and period&lt;/i&gt;: this plugin&apos;s rasters or polygons, Hansen GFC lossyear, GFW alerts, binary masks, or polygons with a date or period field and an area field (Amazon Mining Watch). Zoning layers in another CRS are reprojected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Cuál es la situación legal de la pérdida? Hectáreas de pérdida por periodo dentro de cada zona de una o más capas de zonificación: áreas protegidas, zonas de amortiguamiento, el corredor minero, concesiones mineras o forestales, comunidades nativas. Cada capa es una categoría (su nombre); &lt;b&gt;Campo con el nombre de la zona&lt;/b&gt; nombra sus zonas (un campo para todas las capas, o uno por capa separados por comas; vacío: toda la capa es una zona).&lt;/p&gt;&lt;p&gt;La pérdida en una zona de amortiguamiento y en una concesión cuenta en ambas. La pérdida fuera de todas las zonas es su propia fila (categoría &lt;code&gt;outside&lt;/code&gt;), de modo que en cada periodo &lt;code&gt;outside&lt;/code&gt; más la pérdida en la unión de las zonas es toda la pérdida.&lt;/p&gt;&lt;p&gt;La entrada de pérdida se lee igual que en &lt;i&gt;Pérdida de bosque por región y periodo&lt;/i&gt;: rásteres o polígonos de este complemento, Hansen GFC lossyear, alertas GFW, máscaras binarias, o polígonos con un campo de fecha o de periodo y un campo de área (Amazon Mining Watch). Las capas de zonificación en otro SRC se reproyectan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="69"/>
        <source>Legal zones (one polygon layer per category)</source>
        <translation>Zonas legales (una capa de polígonos por categoría)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="69"/>
        <source>Polygon layers of legal zones: protected areas, buffer zones, the mining corridor, concessions, native communities. Each layer is a category named after the layer.</source>
        <translation>Capas de polígonos de zonas legales: áreas protegidas, zonas de amortiguamiento, el corredor minero, concesiones, comunidades nativas. Cada capa es una categoría con el nombre de la capa.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="74"/>
        <source>Zone name field</source>
        <translation>Campo con el nombre de la zona</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="74"/>
        <source>The field naming the zones: one name for all layers, or one per layer separated by commas. Empty: each layer is one zone.</source>
        <translation>El campo que nombra las zonas: un nombre para todas las capas, o uno por capa separados por comas. Vacío: cada capa es una zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="151"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="78"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="78"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="78"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="78"/>
        <source>Whole range</source>
        <translation>Todo el rango</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="80"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="82"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="84"/>
        <source>Loss by legal status</source>
        <translation>Pérdida por situación legal</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="84"/>
        <source>A table with one row per category, zone and period (loss_ha, mining_ha, other_ha, zone_ha), and the loss outside every zone as category &apos;outside&apos;.</source>
        <translation>Una tabla con una fila por categoría, zona y periodo (loss_ha, mining_ha, other_ha, zone_ha), y la pérdida fuera de todas las zonas como categoría 'outside'.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="94"/>
        <source>&apos;Legal zones&apos; is empty. Give at least one polygon layer (protected areas, buffer zones, concessions ...).</source>
        <translation>'Zonas legales' está vacío. Indique al menos una capa de polígonos (áreas protegidas, zonas de amortiguamiento, concesiones ...).</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="136"/>
        <source>Hectares of forest loss per legal zone and period, made offline by Mining Loss Monitor on {day}. Loss in overlapping zones counts in each.</source>
        <translation>Hectáreas de pérdida de bosque por zona legal y periodo, calculadas sin conexión por Mining Loss Monitor el {day}. La pérdida en zonas superpuestas cuenta en cada una.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="139"/>
        <source>Outside every zone</source>
        <translation>Fuera de todas las zonas</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="146"/>
        <source>Total per zone</source>
        <translation>Total por zona</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="147"/>
        <source>hectares</source>
        <translation>hectáreas</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="150"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="151"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="151"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="151"/>
        <source>Loss (ha)</source>
        <translation>Pérdida (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="152"/>
        <source>Mining (ha)</source>
        <translation>Minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="152"/>
        <source>Other (ha)</source>
        <translation>Otra (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="152"/>
        <source>Zone (ha)</source>
        <translation>Zona (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="161"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="162"/>
        <source>Loss data</source>
        <translation>Datos de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="162"/>
        <source>Legal zones</source>
        <translation>Zonas legales</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/legal_status.py" line="158"/>
        <source>{count} rows without loss (a zone in a period with 0 ha) are not listed; the output table has them.</source>
        <translation>No se listan {count} filas sin pérdida (una zona en un periodo con 0 ha); la tabla de salida las tiene.</translation>
    </message>
</context>
<context>
    <name>LossFieldWidget</name>
    <message>
        <location filename="../algorithms/parameters/loss_field_widget.py" line="33"/>
        <source>[optional]</source>
        <translation>[opcional]</translation>
    </message>
</context>
<context>
    <name>LossInputs</name>
    <message>
        <location filename="../algorithms/parameters/loss_inputs.py" line="37"/>
        <source>The regions layer could not be read. Choose a polygon layer.</source>
        <translation>No se pudo leer la capa de regiones. Elija una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/loss_inputs.py" line="45"/>
        <source>Region &apos;{name}&apos; has no geometry: it is reported with 0 ha.</source>
        <translation>La región '{name}' no tiene geometría: se informa con 0 ha.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/loss_inputs.py" line="50"/>
        <source>Region &apos;{name}&apos; has an invalid geometry; it was repaired.</source>
        <translation>La región '{name}' tiene una geometría no válida; se reparó.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/loss_inputs.py" line="58"/>
        <source>The regions layer has no features. Choose a layer with at least one polygon.</source>
        <translation>La capa de regiones no tiene entidades. Elija una capa con al menos un polígono.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/loss_inputs.py" line="98"/>
        <source>{count} loss polygons have no readable date or group value and were left out.</source>
        <translation>{count} polígonos de pérdida no tienen una fecha o un valor de grupo legible y se dejaron fuera.</translation>
    </message>
</context>
<context>
    <name>LossStyles</name>
    <message>
        <location filename="../algorithms/parameters/styles.py" line="16"/>
        <source>Clouds, shadows or no data</source>
        <translation>Nubes, sombras o sin datos</translation>
    </message>
</context>
<context>
    <name>MiningLossAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
</context>
<context>
    <name>MiningLossMonitorPlugin</name>
    <message>
        <location filename="../plugin/main.py" line="42"/>
        <source>Detect mining loss (two dates)…</source>
        <translation>Detectar pérdida minera (dos fechas)…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="147"/>
        <source>Mining Loss Monitor</source>
        <translation>Monitor de Pérdida por Minería</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="75"/>
        <source>Mining loss timeline</source>
        <translation>Línea de tiempo de la pérdida minera</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="88"/>
        <source>Verify sample</source>
        <translation>Verificar muestra</translation>
    </message>
</context>
<context>
    <name>MiningLossProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="33"/>
        <source>Mining Loss Monitor</source>
        <translation>Monitor de Pérdida por Minería</translation>
    </message>
</context>
<context>
    <name>MiningLossSampleDock</name>
    <message>
        <location filename="../plugin/sample_dock.py" line="33"/>
        <source>Verify sample</source>
        <translation>Verificar muestra</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="58"/>
        <source>Sample points</source>
        <translation>Puntos de la muestra</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="59"/>
        <source>Image before</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="60"/>
        <source>Image after</source>
        <translation>Imagen posterior</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="61"/>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="64"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="64"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="80"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="80"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="80"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="175"/>
        <source>Point {position} of {total} · {labelled} labelled</source>
        <translation>Punto {position} de {total} · {labelled} etiquetados</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="179"/>
        <source>Choose the points of a sampling design (miningloss:samplingdesign).</source>
        <translation>Elija los puntos de un diseño de muestreo (miningloss:samplingdesign).</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="148"/>
        <source>none yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="75"/>
        <source>Comment (saved with the next answer)</source>
        <translation>Comentario (se guarda con la siguiente respuesta)</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="89"/>
        <source>Keys: 1-9 reference class, → next, ← previous, S skip to the next unlabelled point (1-9 and S on the map too). Each answer is saved in the file at once.</source>
        <translation>Teclas: 1-9 clase de referencia, → siguiente, ← anterior, S saltar al siguiente punto sin etiqueta (1-9 y S también sobre el mapa). Cada respuesta se guarda en el archivo al instante.</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="140"/>
        <source>Key {key}: {name}</source>
        <translation>Tecla {key}: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="149"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="149"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="149"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="152"/>
        <source>class {code}</source>
        <translation>clase {code}</translation>
    </message>
    <message>
        <location filename="../plugin/sample_dock.py" line="181"/>
        <source>Stratum {stratum} · map: {map_class} · reference: {reference}</source>
        <translation>Estrato {stratum} · mapa: {map_class} · referencia: {reference}</translation>
    </message>
</context>
<context>
    <name>MiningLossTimelineDock</name>
    <message>
        <location filename="../plugin/dock.py" line="40"/>
        <source>Mining loss timeline</source>
        <translation>Línea de tiempo de la pérdida minera</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="283"/>
        <source>Operations</source>
        <translation>Operativos</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="67"/>
        <source>Dated loss</source>
        <translation>Pérdida fechada</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="70"/>
        <source>Only inside the selected operation</source>
        <translation>Solo dentro del operativo seleccionado</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="71"/>
        <source>Operation areas on the map</source>
        <translation>Áreas de los operativos en el mapa</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="78"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="78"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="78"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="78"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="78"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="78"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="196"/>
        <source>Select an operation to compare loss before and after it.</source>
        <translation>Seleccione un operativo para comparar la pérdida antes y después.</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="121"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="197"/>
        <source>{name}: no dated loss layer to compare.</source>
        <translation>{name}: no hay una capa de pérdida fechada para comparar.</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="208"/>
        <source>no loss before</source>
        <translation>sin pérdida antes</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="238"/>
        <source>Add an operations layer first (Import CSV… creates one).</source>
        <translation>Agregue primero una capa de operativos (Importar CSV… crea una).</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="267"/>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="289"/>
        <source>Export the timeline</source>
        <translation>Exportar la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="289"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="209"/>
        <source>{name}, all forest loss (mining and other), {months} months before and after the start: {before} ha from {b0} to {b1} ({before_rate} ha/month); {after} ha from {a0} to {a1} ({after_rate} ha/month); change {change}.</source>
        <translation>{name}, toda la pérdida de bosque (minera y otra), {months} meses antes y después del inicio: {before} ha del {b0} al {b1} ({before_rate} ha/mes); {after} ha del {a0} al {a1} ({after_rate} ha/mes); cambio {change}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="218"/>
        <source>The loss data do not cover {requested} months on both sides of the start: the windows were cut to {months}, the same on both sides.</source>
        <translation>Los datos de pérdida no cubren {requested} meses a ambos lados del inicio: las ventanas se acortaron a {months}, los mismos a ambos lados.</translation>
    </message>
</context>
<context>
    <name>OperationForm</name>
    <message>
        <location filename="../plugin/operation_form.py" line="24"/>
        <source>Enforcement operation</source>
        <translation>Operativo de control</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="30"/>
        <source>Ongoing (no end date)</source>
        <translation>En curso (sin fecha de fin)</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="40"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="41"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="43"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="44"/>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="45"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="46"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="47"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="69"/>
        <source>The operation needs a name.</source>
        <translation>El operativo necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../plugin/operation_form.py" line="71"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
</context>
<context>
    <name>ParameterHelp</name>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="34"/>
        <source>Cloud mask of the later image, of the same type as the earlier one.</source>
        <translation>Máscara de nubes de la imagen posterior, del mismo tipo que la de la anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="39"/>
        <source>Loss patches smaller than this many hectares are removed (minimum mapping unit).</source>
        <translation>Se eliminan las manchas de pérdida menores que estas hectáreas (unidad mínima de mapeo).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="46"/>
        <source>Only for the Custom preset: reflectance = value × scale + offset.</source>
        <translation>Solo para el perfil Personalizado: reflectancia = valor × escala + desplazamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="52"/>
        <source>One cloud mask per image, matched by the date in the file name (optional).</source>
        <translation>Una máscara de nubes por imagen, emparejada por la fecha del nombre de archivo (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="58"/>
        <source>How many of the next clear observations must show the loss again to confirm it.</source>
        <translation>Cuántas de las siguientes observaciones despejadas deben mostrar de nuevo la pérdida para confirmarla.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="60"/>
        <source>Forest when the series starts, non-zero = forest (e.g. Hansen treecover2000 ≥ 30 %).</source>
        <translation>Bosque al inicio de la serie, distinto de cero = bosque (p. ej. Hansen treecover2000 ≥ 30 %).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="68"/>
        <source>Loss classes: 0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked.</source>
        <translation>Clases de pérdida: 0 sin pérdida de bosque, 1 pérdida por minería, 2 otra pérdida de bosque, 255 enmascarado.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="64"/>
        <source>Date of the first clear observation that shows the loss, as YYYYMMDD.</source>
        <translation>Fecha de la primera observación despejada que muestra la pérdida, como AAAAMMDD.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="66"/>
        <source>2 probable (seen once, near the end of the series), 3 confirmed.</source>
        <translation>2 probable (vista una vez, cerca del final de la serie), 3 confirmada.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="71"/>
        <source>A loss class raster written by one of the detections.</source>
        <translation>Un ráster de clases de pérdida escrito por una de las detecciones.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="72"/>
        <source>The loss date raster of the same detection run (optional): polygons get loss_date.</source>
        <translation>El ráster de fechas de pérdida de la misma detección (opcional): los polígonos reciben loss_date.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="74"/>
        <source>The confidence raster of the same detection run (optional).</source>
        <translation>El ráster de confianza de la misma detección (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="75"/>
        <source>Polygons smaller than this many hectares are left out.</source>
        <translation>Se omiten los polígonos menores que estas hectáreas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="85"/>
        <source>For a raster: what its values mean. Ignored for polygons.</source>
        <translation>Para un ráster: qué significan sus valores. Se ignora con polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="89"/>
        <source>For polygons: the field holding the loss date. Disabled for rasters.</source>
        <translation>Para polígonos: el campo con la fecha de pérdida. Desactivado con rásteres.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="98"/>
        <source>Polygons to count the loss in: districts, protected areas, operation areas…</source>
        <translation>Polígonos en los que contar la pérdida: distritos, áreas protegidas, zonas de operativos…</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="100"/>
        <source>The field that names each region in the table and the report.</source>
        <translation>El campo que da nombre a cada región en la tabla y el informe.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="101"/>
        <source>Group the loss by year, quarter, month, or count the whole range at once.</source>
        <translation>Agrupar la pérdida por año, trimestre o mes, o contar todo el rango de una vez.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="103"/>
        <source>Count loss from this day (optional).</source>
        <translation>Contar la pérdida desde este día (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="104"/>
        <source>Count loss up to this day (optional).</source>
        <translation>Contar la pérdida hasta este día (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="108"/>
        <source>Operations drawn as markers on the report&apos;s charts (optional).</source>
        <translation>Operativos dibujados como marcas en los gráficos del informe (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="113"/>
        <source>An HTML report with charts, tables and the method, readable offline in any browser.</source>
        <translation>Un informe HTML con gráficos, tablas y el método, legible sin conexión en cualquier navegador.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="122"/>
        <source>Instead of an operation: first day of the window before.</source>
        <translation>En lugar de un operativo: primer día de la ventana anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="123"/>
        <source>Instead of an operation: last day of the window before.</source>
        <translation>En lugar de un operativo: último día de la ventana anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="124"/>
        <source>Instead of an operation: first day of the window after.</source>
        <translation>En lugar de un operativo: primer día de la ventana posterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="125"/>
        <source>Instead of an operation: last day of the window after.</source>
        <translation>En lugar de un operativo: último día de la ventana posterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="172"/>
        <source>Polygons whose names the CSV&apos;s region column can use as the operation&apos;s area (optional).</source>
        <translation>Polígonos cuyos nombres puede usar la columna region del CSV como zona del operativo (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="175"/>
        <source>The field of those polygons that holds the names.</source>
        <translation>El campo de esos polígonos que contiene los nombres.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="177"/>
        <source>The operations GeoPackage layer (EPSG:4326) the timeline dock reads.</source>
        <translation>La capa GeoPackage de operativos (EPSG:4326) que lee el panel de línea de tiempo.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="19"/>
        <source>The earlier image: a band stack in the order of the sensor preset (e.g. Sentinel-2 B2, B3, B4, B8, B11, B12), or a downloaded product.</source>
        <translation>La imagen anterior: una pila de bandas en el orden del perfil de sensor (p. ej. Sentinel-2 B2, B3, B4, B8, B11, B12) o un producto tal como se descarga.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="23"/>
        <source>The later image of the same area, same sensor preset. Its date must be after the earlier image&apos;s date.</source>
        <translation>La imagen posterior de la misma zona, con el mismo perfil de sensor. Su fecha debe ser posterior a la de la imagen anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="26"/>
        <source>How bands and reflectance are read: Sentinel-2 L2A (baseline 04.00 and later subtract 1000), Landsat 8/9 Collection 2 Level-2, four-band PlanetScope/NICFI, or custom band numbers.</source>
        <translation>Cómo se leen las bandas y la reflectancia: Sentinel-2 L2A (desde la línea base 04.00 se resta 1000), Landsat 8/9 Colección 2 Nivel 2, PlanetScope/NICFI de cuatro bandas, o números de banda personalizados.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="30"/>
        <source>Cloud mask of the earlier image (Sentinel-2 SCL, Landsat QA_PIXEL or a binary mask). Empty: clouds are screened from the spectra.</source>
        <translation>Máscara de nubes de la imagen anterior (SCL de Sentinel-2, QA_PIXEL de Landsat o máscara binaria). Vacía: las nubes se detectan por sus espectros.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="35"/>
        <source>What the mask files are: Sentinel-2 scene classification (SCL), Landsat QA_PIXEL bits, or binary (non-zero = masked).</source>
        <translation>Qué son los archivos de máscara: clasificación de escena de Sentinel-2 (SCL), bits QA_PIXEL de Landsat, o binaria (distinto de cero = enmascarado).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="41"/>
        <source>Only for the Custom preset: band numbers of blue, green, red, NIR and, if present, SWIR1 and SWIR2, separated by commas.</source>
        <translation>Solo para el perfil Personalizado: números de banda de azul, verde, rojo, NIR y, si existen, SWIR1 y SWIR2, separados por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="48"/>
        <source>Two or more images of the same area (band stacks or downloaded products), in any order: they are sorted by date.</source>
        <translation>Dos o más imágenes de la misma zona (pilas de bandas o productos descargados), en cualquier orden: se ordenan por fecha.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="54"/>
        <source>Only when the file names and metadata carry no date: one YYYY-MM-DD per image, separated by commas, in the order of the images.</source>
        <translation>Solo cuando ni los nombres de archivo ni los metadatos llevan fecha: una AAAA-MM-DD por imagen, separadas por comas, en el orden de las imágenes.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="77"/>
        <source>A GeoPackage of loss polygons with class, kind, loss_date, confidence, area_ha, lon and lat.</source>
        <translation>Un GeoPackage de polígonos de pérdida con class, kind, loss_date, confidence, area_ha, lon y lat.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="81"/>
        <source>The forest loss to count: a raster (this plugin's classes or dates, Hansen lossyear, GFW alerts, a binary mask) or polygons (this plugin's, Amazon Mining Watch, …).</source>
        <translation>La pérdida de bosque a contar: un ráster (clases o fechas de este complemento, Hansen lossyear, alertas GFW, una máscara binaria) o polígonos (de este complemento, Amazon Mining Watch, …).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="86"/>
        <source>For this plugin&apos;s class raster: the loss date raster of the same run, to split the loss into periods.</source>
        <translation>Para el ráster de clases de este complemento: el ráster de fechas de pérdida de la misma ejecución, para repartir la pérdida en periodos.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="91"/>
        <source>For polygons: a field whose values are the periods themselves (e.g. a year). Disabled for rasters.</source>
        <translation>Para polígonos: un campo cuyos valores son los propios periodos (p. ej. un año). Desactivado con rásteres.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="94"/>
        <source>For polygons: a field with each polygon&apos;s hectares, shared by the part inside each region. Empty: the area is measured.</source>
        <translation>Para polígonos: un campo con las hectáreas de cada polígono, repartidas según la parte dentro de cada región. Vacío: se mide el área.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="105"/>
        <source>The operations layer (name, start_date, …): e.g. made by 'Import enforcement operations (CSV)'.</source>
        <translation>La capa de operativos (name, start_date, …): p. ej. creada con 'Importar operativos de control (CSV)'.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="110"/>
        <source>A table with one row per region and period: loss_ha, mining_ha, other_ha, region_ha, loss_pct.</source>
        <translation>Una tabla con una fila por región y periodo: loss_ha, mining_ha, other_ha, region_ha, loss_pct.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="115"/>
        <source>The operation to compare around. Empty: the one selected on the map, or the layer&apos;s only operation.</source>
        <translation>El operativo en torno al cual comparar. Vacío: el seleccionado en el mapa, o el único operativo de la capa.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="118"/>
        <source>Length of the window after the operation starts. Cut to the images&apos; dates when the loss data end earlier.</source>
        <translation>Duración de la ventana desde el inicio del operativo. Se recorta a las fechas de las imágenes cuando los datos de pérdida terminan antes.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="126"/>
        <source>The window before: the same months one year earlier (as MAAP reports), or the same length just before the operation.</source>
        <translation>La ventana anterior: los mismos meses un año antes (como en los informes de MAAP), o la misma duración justo antes del operativo.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="130"/>
        <source>Compare all forest loss, only mining loss or only other forest loss (needs a loss input that tells them apart).</source>
        <translation>Comparar toda la pérdida de bosque, solo la pérdida por minería o solo otra pérdida de bosque (requiere una entrada que las distinga).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="134"/>
        <source>A table with one row per region: hectares and monthly rates before and after, their change, and the dates actually counted.</source>
        <translation>Una tabla con una fila por región: hectáreas y tasas mensuales antes y después, su cambio y las fechas realmente contadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="168"/>
        <source>A CSV with name, start_date (YYYY-MM-DD or DD/MM/YYYY), end_date, agency, kind, description, source and either wkt or region.</source>
        <translation>Un CSV con name, start_date (AAAA-MM-DD o DD/MM/AAAA), end_date, agency, kind, description, source y wkt o region.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="139"/>
        <source>Sentinel-1 RTC products as downloaded (ASF HyP3 RTC zips or folders, OPERA RTC-S1 _VV.tif files) or 2-band VV/VH stacks with the date in the name, or a folder of them: at least two dates, one grid.</source>
        <translation>Productos RTC de Sentinel-1 tal como se descargan (zips o carpetas RTC de ASF HyP3, archivos _VV.tif de OPERA RTC-S1) o pilas VV/VH de 2 bandas con la fecha en el nombre, o una carpeta con ellos: al menos dos fechas, una sola cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="143"/>
        <source>Loss classes: 0 no forest loss, 1 mining loss (new water or bare ground), 2 other forest loss, 255 never seen (no data, layover or shadow).</source>
        <translation>Clases de pérdida: 0 sin pérdida de bosque, 1 pérdida por minería (agua nueva o suelo desnudo), 2 otra pérdida de bosque, 255 nunca vista (sin datos, inversión por relieve o sombra).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="147"/>
        <source>Date of the first radar observation of the loss, as YYYYMMDD.</source>
        <translation>Fecha de la primera observación de radar de la pérdida, como AAAAMMDD.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="149"/>
        <source>The loss classes of &apos;Detect mining loss (time series)&apos;.</source>
        <translation>Las clases de pérdida de «Detectar pérdida minera (serie temporal)».</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="151"/>
        <source>The loss dates of the same optical run.</source>
        <translation>Las fechas de pérdida de la misma ejecución óptica.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="152"/>
        <source>The loss confidence of the same optical run.</source>
        <translation>La confianza de la pérdida de la misma ejecución óptica.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="154"/>
        <source>The loss classes of &apos;Detect mining loss (Sentinel-1 radar)&apos; (any grid).</source>
        <translation>Las clases de pérdida de «Detectar pérdida minera (radar Sentinel-1)» (cualquier cuadrícula).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="156"/>
        <source>The loss dates of the same radar run.</source>
        <translation>Las fechas de pérdida de la misma ejecución de radar.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="157"/>
        <source>The loss confidence of the same radar run.</source>
        <translation>La confianza de la pérdida de la misma ejecución de radar.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="159"/>
        <source>The optical class where the optical saw loss, else the radar&apos;s (0, 1, 2, 255).</source>
        <translation>La clase óptica donde el óptico vio pérdida; si no, la del radar (0, 1, 2, 255).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="161"/>
        <source>The earlier of the two sources&apos; dates, as YYYYMMDD.</source>
        <translation>La más temprana de las fechas de las dos fuentes, como AAAAMMDD.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="163"/>
        <source>2 probable, 3 confirmed (by one source), 4 seen by both sources.</source>
        <translation>2 probable, 3 confirmada (por una fuente), 4 vista por ambas fuentes.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/parameter_help.py" line="165"/>
        <source>Who saw the loss: 1 the optical, 2 the radar, 3 both.</source>
        <translation>Quién vio la pérdida: 1 el óptico, 2 el radar, 3 ambos.</translation>
    </message>
</context>
<context>
    <name>RadarErrors</name>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="15"/>
        <source>power</source>
        <translation>potencia</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="15"/>
        <source>decibels (dB)</source>
        <translation>decibelios (dB)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="16"/>
        <source>amplitude</source>
        <translation>amplitud</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="28"/>
        <source>it has no VH polarisation. Order dual-polarisation (VV+VH) products; the detection needs both</source>
        <translation>no tiene polarización VH. Pida productos de polarización dual (VV+VH); la detección necesita ambas</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="30"/>
        <source>it has no VV polarisation. Order dual-polarisation (VV+VH) products</source>
        <translation>no tiene polarización VV. Pida productos de polarización dual (VV+VH)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="31"/>
        <source>the archive cannot be read (an incomplete download?). Download it again</source>
        <translation>el archivo no se puede leer (¿descarga incompleta?). Descárguelo de nuevo</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="33"/>
        <source>it is not a Sentinel-1 RTC product (an ASF HyP3 RTC zip or folder, OPERA RTC-S1 GeoTIFFs or a VV/VH stack)</source>
        <translation>no es un producto RTC de Sentinel-1 (zip o carpeta RTC de ASF HyP3, GeoTIFF OPERA RTC-S1 o una pila VV/VH)</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="38"/>
        <source>{path} cannot be used: {reason}.</source>
        <translation>{path} no se puede usar: {reason}.</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="41"/>
        <source>The name of {path} says its values are {named}, but they look like {looks}. Keep the product&apos;s original name, or give a stack whose values are what its name says.</source>
        <translation>El nombre de {path} dice que sus valores están en {named}, pero parecen {looks}. Conserve el nombre original del producto, o dé una pila cuyos valores sean lo que dice su nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="46"/>
        <source>A radar series needs at least two dates (got {count}); radar alerts need several dates after the first ones to be confirmed. Add the products of the other dates.</source>
        <translation>Una serie de radar necesita al menos dos fechas (se recibieron {count}); las alertas de radar necesitan varias fechas después de las primeras para confirmarse. Añada los productos de las otras fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="49"/>
        <source>{path} is not on the grid of {reference} (another projection or pixel size). Order all products with the same pixel spacing, or warp them to one grid first.</source>
        <translation>{path} no está en la cuadrícula de {reference} (otra proyección u otro tamaño de píxel). Pida todos los productos con el mismo espaciado de píxel, o reproyéctelos antes a una misma cuadrícula.</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="59"/>
        <source>{role} is not a loss date raster of this plugin (whole numbers YYYYMMDD). Give the date raster written by the same detection.</source>
        <translation>{role} no es un ráster de fechas de pérdida de este complemento (números enteros AAAAMMDD). Dé el ráster de fechas escrito por la misma detección.</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="35"/>
        <source>its acquisition date is neither in its name nor in its metadata. Put the date (YYYYMMDD or YYYY-MM-DD) in the file name</source>
        <translation>su fecha de adquisición no está ni en su nombre ni en sus metadatos. Ponga la fecha (AAAAMMDD o AAAA-MM-DD) en el nombre del archivo</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="55"/>
        <source>{path} was given both as the optical and as the radar loss classes: every alert would read as seen by both sources. Give the outputs of &apos;Detect mining loss (time series)&apos; as optical and those of &apos;Detect mining loss (Sentinel-1 radar)&apos; as radar.</source>
        <translation>{path} se indicó como clases de pérdida ópticas y también como de radar: todas las alertas se leerían como vistas por ambas fuentes. Indique como ópticas las salidas de 'Detectar pérdida minera (serie temporal)' y como de radar las de 'Detectar pérdida minera (radar Sentinel-1)'.</translation>
    </message>
    <message>
        <location filename="../algorithms/radar/radar_messages.py" line="52"/>
        <source>{role} is not on the grid of {reference_role}: they come from different runs. Give the classes, dates and confidence written by the same detection.</source>
        <translation>{role} no está en la cuadrícula de {reference_role}: vienen de ejecuciones distintas. Indique las clases, fechas y confianza escritas por la misma detección.</translation>
    </message>
</context>
<context>
    <name>RegionSummary</name>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="52"/>
        <source>Forest loss per region and period</source>
        <translation>Pérdida de bosque por región y periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="55"/>
        <source>&lt;p&gt;Hectares of forest loss in each region for each year, quarter, month or the whole range, from this plugin&apos;s detections or from loss products: Hansen GFC lossyear, GFW alerts (GLAD-L, GLAD-S2, RADD, integrated: confidence x 10000 + days since 2014-12-31), a binary mask, or polygons with a date field or a period field (for example Amazon Mining Watch&apos;s &lt;code&gt;year&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Rasters: a pixel counts when its centre lies inside the region; pixel areas are ellipsoidal, row by row, when the raster is in a geographic CRS. Polygons: ellipsoidal area of the intersection with each region; with an area field, the polygon&apos;s value is shared by the share of the polygon inside each region. Overlapping regions are each counted in full; regions with the same name are merged; invalid geometries are repaired with a warning.&lt;/p&gt;&lt;p&gt;Periods with no loss appear with 0 so charts have no gaps. A product dated only to the year cannot be split into months or quarters. Mining and other loss are split when the input says so (our class raster, or a &lt;code&gt;kind&lt;/code&gt; field).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hectáreas de pérdida de bosque en cada región por año, trimestre, mes o todo el rango, a partir de las detecciones de este complemento o de productos de pérdida: lossyear de Hansen GFC, alertas de GFW (GLAD-L, GLAD-S2, RADD, integradas: confianza x 10000 + días desde el 31-12-2014), una máscara binaria, o polígonos con un campo de fecha o un campo de periodo (por ejemplo el campo &lt;code&gt;year&lt;/code&gt; de Amazon Mining Watch).&lt;/p&gt;&lt;p&gt;Rásteres: un píxel cuenta cuando su centro está dentro de la región; las áreas de píxel son elipsoidales, fila por fila, cuando el ráster está en un SRC geográfico. Polígonos: área elipsoidal de la intersección con cada región; con un campo de área, el valor del polígono se reparte según la parte del polígono dentro de cada región. Las regiones superpuestas se cuentan cada una completa; las regiones con el mismo nombre se unen; las geometrías no válidas se reparan con un aviso.&lt;/p&gt;&lt;p&gt;Los periodos sin pérdida aparecen con 0 para que los gráficos no tengan huecos. Un producto fechado solo por año no se puede dividir en meses ni trimestres. La pérdida minera y la otra pérdida se separan cuando la entrada lo indica (nuestro ráster de clases, o un campo &lt;code&gt;kind&lt;/code&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="71"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="71"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="71"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="71"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="71"/>
        <source>Whole range</source>
        <translation>Todo el rango</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="74"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="76"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="78"/>
        <source>Operations (markers in the report)</source>
        <translation>Operativos (marcas en el informe)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/region_summary.py" line="84"/>
        <source>Loss per region and period</source>
        <translation>Pérdida por región y periodo</translation>
    </message>
</context>
<context>
    <name>RegionSummaryReport</name>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="76"/>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="78"/>
        <source>Hectares of forest loss per region and period, made offline by Mining Loss Monitor on {day}.</source>
        <translation>Hectáreas de pérdida de bosque por región y periodo, elaborado sin conexión por Mining Loss Monitor el {day}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="80"/>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="80"/>
        <source>Forest loss (ha)</source>
        <translation>Pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="82"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="83"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="84"/>
        <source>Regions with loss</source>
        <translation>Regiones con pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="84"/>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="88"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="89"/>
        <source>Forest loss, {span}</source>
        <translation>Pérdida de bosque, {span}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="101"/>
        <source>hectares</source>
        <translation>hectáreas</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="91"/>
        <source>Regions shaded by hectares of loss over all periods; regions without loss in grey.</source>
        <translation>Regiones coloreadas según las hectáreas de pérdida en todos los periodos; regiones sin pérdida en gris.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="93"/>
        <source>Loss by period</source>
        <translation>Pérdida por periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="96"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="103"/>
        <source>Loss per region and period (ha)</source>
        <translation>Pérdida por región y periodo (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="105"/>
        <source>No loss in {count} regions: {names}.</source>
        <translation>Sin pérdida en {count} regiones: {names}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="105"/>
        <source>No loss in one region: {names}.</source>
        <translation>Sin pérdida en una región: {names}.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="105"/>
        <source>{names} and {more} more</source>
        <translation>{names} y {more} más</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="107"/>
        <source>Regions sorted by loss. The table output (CSV or GeoPackage) holds every region and period, zeros included.</source>
        <translation>Regiones ordenadas por pérdida. La tabla de salida (CSV o GeoPackage) contiene todas las regiones y periodos, incluidos los ceros.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="110"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="112"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="116"/>
        <source>Forest loss per region and period</source>
        <translation>Pérdida de bosque por región y periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="121"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="122"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="123"/>
        <source>Forest loss</source>
        <translation>Pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="127"/>
        <source>No region has loss in these periods.</source>
        <translation>Ninguna región tiene pérdida en estos periodos.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="128"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="141"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="129"/>
        <source>Mining</source>
        <translation>Minería</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="129"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="130"/>
        <source>Region (ha)</source>
        <translation>Región (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="130"/>
        <source>Loss (% of region)</source>
        <translation>Pérdida (% de la región)</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="148"/>
        <source>Pixel centres inside each region; planar pixel areas in the raster&apos;s CRS.</source>
        <translation>Centros de píxel dentro de cada región; áreas de píxel planas en el SRC del ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="149"/>
        <source>Pixel centres inside each region; ellipsoidal pixel areas, row by row.</source>
        <translation>Centros de píxel dentro de cada región; áreas de píxel elipsoidales, fila por fila.</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="150"/>
        <source>Ellipsoidal area of each loss polygon&apos;s intersection with each region (equal-area projection on the layer&apos;s ellipsoid).</source>
        <translation>Área elipsoidal de la intersección de cada polígono de pérdida con cada región (proyección de áreas iguales sobre el elipsoide de la capa).</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="153"/>
        <source>Loss data</source>
        <translation>Datos de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="153"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="154"/>
        <source>Area method</source>
        <translation>Método de cálculo del área</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="156"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="158"/>
        <source>Area field</source>
        <translation>Campo de área</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="160"/>
        <source>Period field</source>
        <translation>Campo de periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="162"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/summary_report.py" line="163"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
</context>
<context>
    <name>ReportDates</name>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="52"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="52"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="52"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="52"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="52"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="52"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="53"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="53"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="53"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="53"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="53"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="53"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="56"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="60"/>
        <source>{year}-Q{quarter}</source>
        <translation>{year}-T{quarter}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="63"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="66"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="71"/>
        <source>from {start}, end unknown</source>
        <translation>desde el {start}, fin desconocido</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="73"/>
        <source>until {end}, start unknown</source>
        <translation>hasta el {end}, inicio desconocido</translation>
    </message>
    <message>
        <location filename="../algorithms/reports/report_locale.py" line="74"/>
        <source>dates unknown</source>
        <translation>fechas desconocidas</translation>
    </message>
</context>
<context>
    <name>SampleRegions</name>
    <message>
        <location filename="../algorithms/estimation/sample_regions.py" line="32"/>
        <source>Labelled sample of the loss map (estimate with 95 % intervals)</source>
        <translation>Muestra etiquetada del mapa de pérdida (estimación con intervalos del 95 %)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sample_regions.py" line="36"/>
        <source>The points of &apos;Sampling design for area estimation&apos; on this loss map, labelled: the loss estimated from them with its 95 % interval (Olofsson et al. 2014) is shown beside the map&apos;s hectares.</source>
        <translation>Los puntos de 'Diseño de muestreo para la estimación de áreas' sobre este mapa de pérdida, etiquetados: la pérdida estimada con ellos y su intervalo del 95 % (Olofsson et al. 2014) se muestra junto a las hectáreas del mapa.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sample_regions.py" line="69"/>
        <source>Loss estimated from the sample (ha)</source>
        <translation>Pérdida estimada con la muestra (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sample_regions.py" line="71"/>
        <source>95 % half-width of the estimated loss (ha)</source>
        <translation>Semiamplitud al 95 % de la pérdida estimada (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sample_regions.py" line="80"/>
        <source>Loss estimated from {points} labelled points: {value} ± {half} ha (95 %); the map holds {map} ha where the sample was drawn.</source>
        <translation>Pérdida estimada con {points} puntos etiquetados: {value} ± {half} ha (95 %); el mapa contiene {map} ha donde se extrajo la muestra.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sample_regions.py" line="87"/>
        <source>{region}: map {map} ha, estimated {value} ± {half} ha.</source>
        <translation>{region}: mapa {map} ha, estimada {value} ± {half} ha.</translation>
    </message>
</context>
<context>
    <name>SamplingDesign</name>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="46"/>
        <source>Sampling design for area estimation</source>
        <translation>Diseño de muestreo para la estimación de áreas</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="67"/>
        <source>Map (loss classes or any class raster)</source>
        <translation>Mapa (clases de pérdida o cualquier ráster de clases)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="68"/>
        <source>Buffer stratum around mapped loss (m)</source>
        <translation>Franja alrededor de la pérdida mapeada (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="71"/>
        <source>Sample size (0 = from the target standard error)</source>
        <translation>Tamaño de muestra (0 = según el error estándar objetivo)</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="74"/>
        <source>Minimum points per stratum</source>
        <translation>Mínimo de puntos por estrato</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="77"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="79"/>
        <source>Area of interest</source>
        <translation>Área de interés</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="81"/>
        <source>Target standard error of the overall accuracy</source>
        <translation>Error estándar objetivo de la exactitud global</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="83"/>
        <source>Expected user&apos;s accuracy of loss and buffer strata</source>
        <translation>Exactitud del usuario esperada de los estratos de pérdida y franja</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="86"/>
        <source>Expected user&apos;s accuracy of the no-loss stratum</source>
        <translation>Exactitud del usuario esperada del estrato sin pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="92"/>
        <source>Sample points to label</source>
        <translation>Puntos de muestra por etiquetar</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="93"/>
        <source>Number of points</source>
        <translation>Número de puntos</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="123"/>
        <source>Sample size from Olofsson et al. (2014), eq. 13: n = (Σ W_i S_i / S(Ô))² = {n} points for a target standard error of {se} with expected user's accuracies {loss} (loss, buffer) and {stable} (no loss).</source>
        <translation>Tamaño de muestra según Olofsson et al. (2014), ec. 13: n = (Σ W_i S_i / S(Ô))² = {n} puntos para un error estándar objetivo de {se} con exactitudes del usuario esperadas de {loss} (pérdida, franja) y {stable} (sin pérdida).</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="132"/>
        <source>Buffer stratum: {pixels} pixel(s) around mapped loss.</source>
        <translation>Estrato de franja: {pixels} píxel(es) alrededor de la pérdida mapeada.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="136"/>
        <source>Stratum {stratum}: {area} ha, {points} points.</source>
        <translation>Estrato {stratum}: {area} ha, {points} puntos.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="139"/>
        <source>{points} points written.</source>
        <translation>{points} puntos escritos.</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="158"/>
        <source>buffer</source>
        <translation>franja</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="49"/>
        <source>&lt;p&gt;A stratified random sample of reference points, as Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57) recommend for estimating areas with confidence intervals. The strata are the map's classes and, with a buffer, a stratum of the pixels without loss (class 0) within that many metres of mapped loss (any other class): omitted loss lies at the edges of mapped loss, and a stratum there finds it with few points.&lt;/p&gt;&lt;p&gt;Sample size: with 0, Olofsson's formula n = (Σ W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(Ô))², from the target standard error of the overall accuracy and the expected user's accuracies (shown in the log). With the defaults a map can ask for a thousand points or more, and each takes 10 to 20 s to label: for fewer, raise the target standard error (advanced parameters) or give a fixed sample size. Each stratum gets the minimum, the rest is shared in proportion to area. Every pixel of a stratum has the same chance; the same seed gives the same points.&lt;/p&gt;&lt;p&gt;Output: a GeoPackage of points at pixel centres with &lt;code&gt;stratum&lt;/code&gt;, &lt;code&gt;stratum_area_ha&lt;/code&gt;, &lt;code&gt;map_class&lt;/code&gt; and empty &lt;code&gt;reference&lt;/code&gt;, &lt;code&gt;labelled_by&lt;/code&gt;, &lt;code&gt;labelled_at&lt;/code&gt;, &lt;code&gt;comment&lt;/code&gt;. Label them in the dock (Verify sample), then run 'Area estimate with confidence intervals'.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una muestra aleatoria estratificada de puntos de referencia, como recomiendan Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57) para estimar áreas con intervalos de confianza. Los estratos son las clases del mapa y, con una franja, un estrato de los píxeles sin pérdida (clase 0) a esa distancia en metros o menos de la pérdida mapeada (cualquier otra clase): la pérdida omitida está en los bordes de la pérdida mapeada, y un estrato allí la encuentra con pocos puntos.&lt;/p&gt;&lt;p&gt;Tamaño de muestra: con 0, la fórmula de Olofsson n = (Σ W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(Ô))², según el error estándar objetivo de la exactitud global y las exactitudes del usuario esperadas (se muestra en el registro). Con los valores por defecto un mapa puede pedir mil puntos o más, y etiquetar cada uno lleva de 10 a 20 s: para menos, aumente el error estándar objetivo (parámetros avanzados) o indique un tamaño de muestra fijo. Cada estrato recibe el mínimo y el resto se reparte en proporción al área. Cada píxel de un estrato tiene la misma probabilidad; la misma semilla da los mismos puntos.&lt;/p&gt;&lt;p&gt;Salida: un GeoPackage de puntos en los centros de píxel con &lt;code&gt;stratum&lt;/code&gt;, &lt;code&gt;stratum_area_ha&lt;/code&gt;, &lt;code&gt;map_class&lt;/code&gt; y vacíos &lt;code&gt;reference&lt;/code&gt;, &lt;code&gt;labelled_by&lt;/code&gt;, &lt;code&gt;labelled_at&lt;/code&gt;, &lt;code&gt;comment&lt;/code&gt;. Etiquételos en el panel (Verificar muestra) y luego ejecute 'Estimación de áreas con intervalos de confianza'.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/estimation/sampling_design.py" line="141"/>
        <source>Labelling {points} points in &apos;Verify sample&apos; takes about {low} to {high} minutes ({fast} to {slow} s a point). For fewer points, raise the target standard error (advanced parameters) or give a fixed sample size.</source>
        <translation>Etiquetar {points} puntos en «Verificar muestra» lleva unos {low} a {high} minutos (de {fast} a {slow} s por punto). Para menos puntos, aumente el error estándar objetivo (parámetros avanzados) o indique un tamaño de muestra fijo.</translation>
    </message>
</context>
<context>
    <name>SensorParameters</name>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="21"/>
        <source>Sensor preset</source>
        <translation>Perfil de sensor</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="136"/>
        <source>Sentinel-2 L2A stack</source>
        <translation>Pila Sentinel-2 L2A</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="136"/>
        <source>Sentinel-2 L2A stack, baseline 04.00+</source>
        <translation>Pila Sentinel-2 L2A, línea base 04.00+</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="136"/>
        <source>Landsat 8/9 C2 L2 stack</source>
        <translation>Pila Landsat 8/9 C2 L2</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="136"/>
        <source>Blue, green, red, NIR</source>
        <translation>Azul, verde, rojo, NIR</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="136"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="32"/>
        <source>Mask type</source>
        <translation>Tipo de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="146"/>
        <source>Sentinel-2 SCL</source>
        <translation>SCL de Sentinel-2</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="146"/>
        <source>Landsat QA_PIXEL</source>
        <translation>QA_PIXEL de Landsat</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/messages.py" line="146"/>
        <source>Binary (non-zero = masked)</source>
        <translation>Binaria (distinto de cero = enmascarado)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="38"/>
        <source>Minimum mapping unit (ha)</source>
        <translation>Unidad mínima de mapeo (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="42"/>
        <source>Loss patches smaller than this many hectares are removed.</source>
        <translation>Se eliminan los parches de pérdida menores que estas hectáreas.</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="62"/>
        <source>Custom band numbers: blue, green, red, NIR[, SWIR1, SWIR2]</source>
        <translation>Números de banda personalizados: azul, verde, rojo, NIR[, SWIR1, SWIR2]</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="65"/>
        <source>Custom reflectance scale</source>
        <translation>Escala de reflectancia personalizada</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="68"/>
        <source>Custom reflectance offset</source>
        <translation>Desplazamiento de reflectancia personalizado</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="48"/>
        <source>Cloud-edge buffer (m)</source>
        <translation>Margen de borde de nube (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/sensor_parameters.py" line="53"/>
        <source>Masked pixels (clouds, shadows, no data, the spectral screen) grow by this many metres, at least one pixel: thin cloud and haze at cloud edges escape every mask. 0 = masks as they are.</source>
        <translation>Los píxeles enmascarados (nubes, sombras, sin datos, el filtro espectral) crecen esta cantidad de metros, al menos un píxel: las nubes finas y la bruma en los bordes de las nubes escapan a toda máscara. 0 = las máscaras tal como están.</translation>
    </message>
</context>
<context>
    <name>SummaryAlgorithm</name>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="277"/>
        <source>The loss has no dates: the period is the days the data cover, {first} to {last} (the first and last image).</source>
        <translation>La pérdida no tiene fechas: el período son los días que cubren los datos, del {first} al {last} (la primera y la última imagen).</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="281"/>
        <source>The loss has no dates and the data do not say which days they cover: the period&apos;s dates are unknown. Give a Start date and an End date, or a loss date raster.</source>
        <translation>La pérdida no tiene fechas y los datos no dicen qué días cubren: las fechas del período son desconocidas. Indique una fecha de inicio y una fecha de fin, o un ráster de fechas de pérdida.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="298"/>
        <source>No forest loss falls on the dates chosen, and the loss data hold loss from {first} to {last}: these 0 ha may only mean that the data do not reach those dates. Check the dates and the &apos;Raster encoding&apos;.</source>
        <translation>Ninguna pérdida de bosque cae en las fechas elegidas, y los datos de pérdida tienen pérdida del {first} al {last}: estas 0 ha pueden significar solo que los datos no llegan a esas fechas. Revise las fechas y la «Codificación del ráster».</translation>
    </message>
</context>
<context>
    <name>SummaryParameters</name>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="68"/>
        <source>Loss dates of this plugin (YYYYMMDD)</source>
        <translation>Fechas de pérdida de este complemento (AAAAMMDD)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="69"/>
        <source>Hansen GFC lossyear (1..N = 2000+N)</source>
        <translation>lossyear de Hansen GFC (1..N = 2000+N)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="70"/>
        <source>GFW alerts (GLAD-L, GLAD-S2, RADD, integrated)</source>
        <translation>Alertas de GFW (GLAD-L, GLAD-S2, RADD, integradas)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="71"/>
        <source>Binary mask (non-zero = loss)</source>
        <translation>Máscara binaria (distinto de cero = pérdida)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="83"/>
        <source>Forest loss (raster or polygons)</source>
        <translation>Pérdida de bosque (ráster o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="86"/>
        <source>Raster encoding</source>
        <translation>Codificación del ráster</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="89"/>
        <source>Loss dates for the class raster</source>
        <translation>Fechas de pérdida del ráster de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="92"/>
        <source>Date field (polygons)</source>
        <translation>Campo de fecha (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="92"/>
        <source>Period field: its values are the periods</source>
        <translation>Campo de periodo: sus valores son los periodos</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="92"/>
        <source>Area field in hectares (polygons)</source>
        <translation>Campo de área en hectáreas (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="101"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="104"/>
        <source>Region name field</source>
        <translation>Campo con el nombre de la región</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="118"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="118"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="59"/>
        <source>Summaries</source>
        <translation>Resúmenes</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="202"/>
        <source>The regions do not overlap the forest loss: the loss covers {loss} and the regions cover {regions} (longitude/latitude, WGS 84). Choose regions of the same area, or check that both layers have the right coordinate reference system.</source>
        <translation>Las regiones no se superponen a la pérdida de bosque: la pérdida cubre {loss} y las regiones cubren {regions} (longitud/latitud, WGS 84). Elija regiones de la misma zona, o compruebe que ambas capas tengan el sistema de referencia de coordenadas correcto.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="67"/>
        <source>Loss classes of this plugin (dated by its loss date raster)</source>
        <translation>Clases de pérdida de este complemento (fechadas por su ráster de fechas)</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="129"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../algorithms/regions/summary_common.py" line="260"/>
        <source>The report could not be written to {path} ({reason}). Choose another file for &apos;Report&apos; in a folder you can write to.</source>
        <translation>No se pudo escribir el informe en {path} ({reason}). Elija otro archivo para «Informe» en una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters/output_folders.py" line="43"/>
        <source>&apos;{label}&apos; cannot be written: {folder} is not a folder you can write to. Choose a file in an existing folder.</source>
        <translation>No se puede escribir «{label}»: {folder} no es una carpeta en la que pueda escribir. Elija un archivo en una carpeta que exista.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../plugin/timeline_widget.py" line="102"/>
        <source>Choose a dated loss layer to see monthly hectares</source>
        <translation>Elija una capa de pérdida fechada para ver las hectáreas mensuales</translation>
    </message>
    <message>
        <location filename="../plugin/timeline_widget.py" line="121"/>
        <source>{peak} ha / month (highest)</source>
        <translation>{peak} ha / mes (máximo)</translation>
    </message>
    <message>
        <location filename="../plugin/timeline_widget.py" line="207"/>
        <source>Mining loss timeline</source>
        <translation>Línea de tiempo de la pérdida minera</translation>
    </message>
</context>
<context>
    <name>VectorizeLoss</name>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="48"/>
        <source>Loss polygons from the class raster</source>
        <translation>Polígonos de pérdida a partir del ráster de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="51"/>
        <source>&lt;p&gt;Turns the loss class raster of a detection into polygons in a GeoPackage, one per patch of the same class (and the same date and confidence when those rasters are given).&lt;/p&gt;&lt;p&gt;Fields: &lt;code&gt;class&lt;/code&gt; (1 mining, 2 other), &lt;code&gt;kind&lt;/code&gt; (mining/other), &lt;code&gt;loss_date&lt;/code&gt; (empty without a date raster), &lt;code&gt;confidence&lt;/code&gt; (2 probable, 3 confirmed), &lt;code&gt;area_ha&lt;/code&gt; (ellipsoidal hectares, computed in an equal-area projection on the layer&apos;s ellipsoid), &lt;code&gt;lon&lt;/code&gt;, &lt;code&gt;lat&lt;/code&gt; (WGS84 centroid).&lt;/p&gt;&lt;p&gt;With dates, the layer loads with temporal properties on &lt;code&gt;loss_date&lt;/code&gt;, so the Temporal Controller shows loss accumulating through time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Convierte el ráster de clases de pérdida de una detección en polígonos dentro de un GeoPackage, uno por parche de la misma clase (y de la misma fecha y confianza cuando se indican esos rásteres).&lt;/p&gt;&lt;p&gt;Campos: &lt;code&gt;class&lt;/code&gt; (1 minería, 2 otra), &lt;code&gt;kind&lt;/code&gt; (mining/other), &lt;code&gt;loss_date&lt;/code&gt; (vacío sin ráster de fechas), &lt;code&gt;confidence&lt;/code&gt; (2 probable, 3 confirmada), &lt;code&gt;area_ha&lt;/code&gt; (hectáreas elipsoidales, calculadas en una proyección de áreas iguales sobre el elipsoide de la capa), &lt;code&gt;lon&lt;/code&gt;, &lt;code&gt;lat&lt;/code&gt; (centroide en WGS84).&lt;/p&gt;&lt;p&gt;Con fechas, la capa se carga con propiedades temporales sobre &lt;code&gt;loss_date&lt;/code&gt;, de modo que el Controlador temporal muestra cómo se acumula la pérdida en el tiempo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="64"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="65"/>
        <source>Loss dates (YYYYMMDD)</source>
        <translation>Fechas de pérdida (AAAAMMDD)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="66"/>
        <source>Loss confidence</source>
        <translation>Confianza de la pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="67"/>
        <source>Minimum polygon area (ha)</source>
        <translation>Área mínima del polígono (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="70"/>
        <source>Loss polygons</source>
        <translation>Polígonos de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="72"/>
        <source>Number of polygons</source>
        <translation>Número de polígonos</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="73"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="74"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="89"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="89"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detection/vectorize.py" line="93"/>
        <source>{count} polygons: {mining} ha of mining loss, {other} ha of other forest loss.</source>
        <translation>{count} polígonos: {mining} ha de pérdida por minería, {other} ha de otra pérdida de bosque.</translation>
    </message>
</context>
<context>
    <name>WhereDidItGo</name>
    <message>
        <location filename="../plugin/displacement_action.py" line="149"/>
        <source>Where did it go?</source>
        <translation>¿A dónde se fue?</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="112"/>
        <source>Select an operation and a dated loss layer first.</source>
        <translation>Primero seleccione un operativo y una capa de pérdida con fechas.</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="181"/>
        <source>Where did it go: {name}</source>
        <translation>A dónde se fue: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="181"/>
        <source>Where it rose most: {name}</source>
        <translation>Dónde más subió: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="123"/>
        <source>Where did it go? {name}</source>
        <translation>¿A dónde se fue? {name}</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="126"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="127"/>
        <source>Looking for where the loss went after {name}…</source>
        <translation>Buscando a dónde se desplazó la pérdida después de {name}…</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="138"/>
        <source>Cancel ({percent} %)</source>
        <translation>Cancelar ({percent} %)</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="163"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="165"/>
        <source>The search failed; see the Processing log.</source>
        <translation>La búsqueda falló; vea el registro de Procesamiento.</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="61"/>
        <source>All forest loss in the zones around the selected operation, up to {months} months before and after its start (the same number on both sides, as many as the data cover), within {radius} km: where it rose most.</source>
        <translation>Toda la pérdida de bosque en las zonas alrededor del operativo seleccionado, hasta {months} meses antes y después de su inicio (el mismo número a ambos lados, tantos como cubren los datos), dentro de {radius} km: dónde más aumentó.</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="153"/>
        <source>(counted: {windows}; zones within {radius} km)</source>
        <translation>(contado: {windows}; zonas dentro de {radius} km)</translation>
    </message>
    <message>
        <location filename="../plugin/displacement_action.py" line="157"/>
        <source>The layers are temporary files: save the project first to keep them in a folder beside it.</source>
        <translation>Las capas son archivos temporales: guarde antes el proyecto para conservarlas en una carpeta junto a él.</translation>
    </message>
</context>
</TS>
