<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ComparePeriods</name>
    <message>
        <location filename="../algorithms/compare_periods.py" line="57"/>
        <source>Compare loss before and after an operation</source>
        <translation>Comparar la pérdida antes y después de un operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="60"/>
        <source>&lt;p&gt;Hectares of forest loss per region in a window before and a window after, their monthly rates and the change in percent, as in MAAP&apos;s reports (La Pampa: 900 ha in Feb-Jun 2018, 67 ha in Feb-Jun 2019, -92%).&lt;/p&gt;&lt;p&gt;Give the four dates, or an operations layer and an operation name: the after window starts on the operation&apos;s start date and lasts the given number of months; the before window is the same calendar window one year earlier (MAAP style) or an equal length immediately before. Areas are computed as in &apos;Forest loss per region and period&apos;. Products dated only to the year need windows of whole calendar years.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hectáreas de pérdida de bosque por región en una ventana anterior y una ventana posterior, sus tasas mensuales y el cambio en porcentaje, como en los informes de MAAP (La Pampa: 900 ha en feb-jun 2018, 67 ha en feb-jun 2019, -92 %).&lt;/p&gt;&lt;p&gt;Indique las cuatro fechas, o una capa de operativos y el nombre de un operativo: la ventana posterior empieza en la fecha de inicio del operativo y dura el número de meses indicado; la ventana anterior es la misma ventana del calendario un año antes (estilo MAAP) o una ventana de igual duración inmediatamente antes. Las áreas se calculan como en 'Pérdida de bosque por región y periodo'. Los productos fechados solo por año necesitan ventanas de años calendario completos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="80"/>
        <source>Before: first day</source>
        <translation>Antes: primer día</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="80"/>
        <source>Before: last day</source>
        <translation>Antes: último día</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="80"/>
        <source>After: first day</source>
        <translation>Después: primer día</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="80"/>
        <source>After: last day</source>
        <translation>Después: último día</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="71"/>
        <source>Operations</source>
        <translation>Operativos</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="84"/>
        <source>Before window</source>
        <translation>Ventana anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="84"/>
        <source>Same calendar window one year earlier</source>
        <translation>La misma ventana del calendario un año antes</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="84"/>
        <source>Equal length immediately before</source>
        <translation>Igual duración inmediatamente antes</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="76"/>
        <source>After window length (months)</source>
        <translation>Duración de la ventana posterior (meses)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="93"/>
        <source>Before and after per region</source>
        <translation>Antes y después por región</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="104"/>
        <source>A window ends before it starts. Check the four dates.</source>
        <translation>Una ventana termina antes de empezar. Revise las cuatro fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="114"/>
        <source>Operation &apos;{name}&apos; is not in the operations layer. Known: {known}.</source>
        <translation>El operativo '{name}' no está en la capa de operativos. Conocidos: {known}.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="159"/>
        <source>{region}: {before} ha before, {after} ha after ({change} %).</source>
        <translation>{region}: {before} ha antes, {after} ha después ({change} %).</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="172"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="175"/>
        <source>Before: {before}. After: {after}. Made offline by Mining Loss Monitor on {day}.</source>
        <translation>Antes: {before}. Después: {after}. Elaborado sin conexión por Mining Loss Monitor el {day}.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="181"/>
        <source>Operation: {name}, started {start}.</source>
        <translation>Operativo: {name}, iniciado el {start}.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="184"/>
        <source>Hectares per month</source>
        <translation>Hectáreas por mes</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="184"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="184"/>
        <source>ha/month</source>
        <translation>ha/mes</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="184"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="188"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="188"/>
        <source>Before (ha)</source>
        <translation>Antes (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="188"/>
        <source>After (ha)</source>
        <translation>Después (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="188"/>
        <source>Change (%)</source>
        <translation>Cambio (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="189"/>
        <source>Before (ha/month)</source>
        <translation>Antes (ha/mes)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="189"/>
        <source>After (ha/month)</source>
        <translation>Después (ha/mes)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="189"/>
        <source>Rate change (%)</source>
        <translation>Cambio de la tasa (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="193"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="197"/>
        <source>Forest loss before and after</source>
        <translation>Pérdida de bosque antes y después</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="87"/>
        <source>Loss to compare</source>
        <translation>Pérdida a comparar</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="87"/>
        <source>All forest loss</source>
        <translation>Toda la pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="87"/>
        <source>Mining loss only</source>
        <translation>Solo pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="87"/>
        <source>Other forest loss only</source>
        <translation>Solo otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="73"/>
        <source>Operation</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="109"/>
        <source>Give an operations layer and choose the operation (or select it on the map), or give the four window dates under Advanced parameters.</source>
        <translation>Indique una capa de operativos y elija el operativo (o selecciónelo en el mapa), o dé las cuatro fechas de las ventanas en Parámetros avanzados.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="142"/>
        <source>The loss data cover {first} to {last} (first and last image): the windows were cut to them, so months without images are not counted as months without loss. Counted: before {bs} to {be}, after {as_} to {ae}.</source>
        <translation>Los datos de pérdida cubren del {first} al {last} (primera y última imagen): las ventanas se recortaron a esas fechas, para no contar meses sin imágenes como meses sin pérdida. Contado: antes del {bs} al {be}, después del {as_} al {ae}.</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="151"/>
        <source>The two windows now differ in length: compare the monthly rates (ha/month), not the totals.</source>
        <translation>Las dos ventanas tienen ahora distinta duración: compare las tasas mensuales (ha/mes), no los totales.</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../algorithms/messages.py" line="17"/>
        <source>Cannot read the raster given as {role} ({path}). Check that the file exists and is a raster GDAL can open.</source>
        <translation>No se puede leer el ráster indicado como {role} ({path}). Compruebe que el archivo existe y es un ráster que GDAL puede abrir.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="20"/>
        <source>{role} has {found} band(s) but the chosen sensor needs at least {needed}. Choose the sensor preset that matches the stack, or the Custom preset with its band numbers.</source>
        <translation>{role} tiene {found} banda(s), pero el sensor elegido necesita al menos {needed}. Elija el perfil de sensor que corresponde a la pila de bandas, o el perfil Personalizado con sus números de banda.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="28"/>
        <source>it has {found} bands, a mask has one</source>
        <translation>tiene {found} bandas y una máscara tiene una sola</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="30"/>
        <source>its values are not integers</source>
        <translation>sus valores no son enteros</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="31"/>
        <source>its values are outside the Sentinel-2 SCL classes 0 to 11</source>
        <translation>sus valores están fuera de las clases SCL de Sentinel-2 (0 a 11)</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="32"/>
        <source>its values are outside the Landsat QA_PIXEL range</source>
        <translation>sus valores están fuera del rango de QA_PIXEL de Landsat</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="34"/>
        <source>{role} is not a valid mask: {reason}. Give the cloud mask of the same date and choose the matching mask type.</source>
        <translation>{role} no es una máscara válida: {reason}. Indique la máscara de nubes de la misma fecha y elija el tipo de máscara correspondiente.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="38"/>
        <source>Cannot write {path}: the folder does not exist or is read-only. Choose another output location.</source>
        <translation>No se puede escribir {path}: la carpeta no existe o es de solo lectura. Elija otra ubicación de salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="41"/>
        <source>The minimum area must be zero or more hectares (got {value}).</source>
        <translation>El área mínima debe ser de cero o más hectáreas (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="43"/>
        <source>Custom bands must be 4 or 6 band numbers separated by commas (blue, green, red, NIR[, SWIR1, SWIR2]); got &apos;{text}&apos;.</source>
        <translation>Las bandas personalizadas deben ser 4 o 6 números de banda separados por comas (azul, verde, rojo, NIR[, SWIR1, SWIR2]); se recibió '{text}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="46"/>
        <source>{role} is not a loss class raster of this plugin (one byte band with values 0, 1, 2 and 255). Run &apos;Detect mining loss&apos; first and give its output.</source>
        <translation>{role} no es un ráster de clases de pérdida de este complemento (una banda de un byte con valores 0, 1, 2 y 255). Ejecute primero 'Detectar pérdida minera' e indique su salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="50"/>
        <source>{role} is not on the same grid as the class raster. Give the date and confidence rasters written by the same detection run.</source>
        <translation>{role} no está en la misma grilla que el ráster de clases. Indique los rásteres de fecha y de confianza escritos por la misma detección.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="101"/>
        <source>Invalid input: {code}</source>
        <translation>Entrada no válida: {code}</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="105"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelado por el usuario; no se escribió ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="109"/>
        <source>Every pixel is masked (clouds, shadows or no data) on at least one date: no loss could be measured. Choose clearer images.</source>
        <translation>Todos los píxeles están enmascarados (nubes, sombras o sin datos) en al menos una fecha: no se pudo medir ninguna pérdida. Elija imágenes más despejadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="53"/>
        <source>This loss product is dated only to the year: it cannot be split into months or quarters, and comparison windows must be whole calendar years. Choose yearly periods.</source>
        <translation>Este producto de pérdida está fechado solo por año: no se puede dividir en meses ni trimestres, y las ventanas de comparación deben ser años calendario completos. Elija periodos anuales.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="57"/>
        <source>This loss has no dates (a binary mask, or a class raster without its date raster): choose the whole range as the period, or give the loss dates.</source>
        <translation>Esta pérdida no tiene fechas (una máscara binaria, o un ráster de clases sin su ráster de fechas): elija todo el rango como periodo, o indique las fechas de pérdida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="67"/>
        <source>The regions layer has no features. Choose a layer with at least one polygon.</source>
        <translation>La capa de regiones no tiene entidades. Elija una capa con al menos un polígono.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="70"/>
        <source>Cannot read the CSV file {path}.</source>
        <translation>No se puede leer el archivo CSV {path}.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="72"/>
        <source>The CSV lacks the column(s) {missing}. It needs name, start_date and either wkt or region.</source>
        <translation>Al CSV le falta(n) la(s) columna(s) {missing}. Necesita name, start_date y además wkt o region.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="78"/>
        <source>A time series needs at least two images (got {count}). Add the images of the other dates.</source>
        <translation>Una serie temporal necesita al menos dos imágenes (se recibió {count}). Agregue las imágenes de las otras fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="81"/>
        <source>Two images have the same date ({dates}). Give one image per date (merge tiles of one day into one stack first).</source>
        <translation>Dos imágenes tienen la misma fecha ({dates}). Indique una imagen por fecha (una antes en una sola pila los mosaicos de un mismo día).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="84"/>
        <source>No date found for {path}: put YYYYMMDD or YYYY-MM-DD in the file name, or give the Dates parameter.</source>
        <translation>No se encontró la fecha de {path}: ponga AAAAMMDD o AAAA-MM-DD en el nombre del archivo, o indique el parámetro Fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="87"/>
        <source>Cannot read the date &apos;{value}&apos;. Write dates as YYYY-MM-DD separated by commas.</source>
        <translation>No se puede leer la fecha '{value}'. Escriba las fechas como AAAA-MM-DD separadas por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="90"/>
        <source>{dates} dates were given for {images} images. Give one date per image, in the same order.</source>
        <translation>Se indicaron {dates} fechas para {images} imágenes. Indique una fecha por imagen, en el mismo orden.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="93"/>
        <source>{masks} masks were given for {images} images. Give one mask per image (or none).</source>
        <translation>Se indicaron {masks} máscaras para {images} imágenes. Indique una máscara por imagen (o ninguna).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="96"/>
        <source>The masks do not match the image dates (no mask for {dates}). Give one mask per image date.</source>
        <translation>Las máscaras no corresponden a las fechas de las imágenes (no hay máscara para {dates}). Indique una máscara por fecha de imagen.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="99"/>
        <source>Observations to confirm must be between 1 and {window} (got {value}).</source>
        <translation>Las observaciones para confirmar deben estar entre 1 y {window} (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="75"/>
        <source>This loss layer does not say which loss is mining: compare all forest loss, or give our class raster or polygons with a kind field.</source>
        <translation>Esta capa de pérdida no indica qué pérdida es minera: compare toda la pérdida de bosque, o indique nuestro ráster de clases o polígonos con un campo kind.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="24"/>
        <source>{role} does not overlap the earlier image. Choose images (and masks) of the same area.</source>
        <translation>{role} no se superpone a la imagen anterior. Elija imágenes (y máscaras) de la misma zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="60"/>
        <source>before</source>
        <translation>anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="60"/>
        <source>after</source>
        <translation>posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="62"/>
        <source>The {which} window ({start} to {end}) holds no image: the loss data cover only {first} to {last}. Choose a window inside these dates (or a shorter one), or add images that cover it.</source>
        <translation>La ventana {which} ({start} a {end}) no contiene ninguna imagen: los datos de pérdida solo cubren del {first} al {last}. Elija una ventana dentro de esas fechas (o más corta), o añada imágenes que la cubran.</translation>
    </message>
</context>
<context>
    <name>DetectTimeSeries</name>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="55"/>
        <source>Detect mining loss (time series)</source>
        <translation>Detectar pérdida minera (serie temporal)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="82"/>
        <source>Images (band stacks)</source>
        <translation>Imágenes (pilas de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="84"/>
        <source>Cloud masks</source>
        <translation>Máscaras de nubes</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="86"/>
        <source>Dates (YYYY-MM-DD, one per image, when the names carry none)</source>
        <translation>Fechas (AAAA-MM-DD, una por imagen, si los nombres no las llevan)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="90"/>
        <source>Observations to confirm</source>
        <translation>Observaciones para confirmar</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="102"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="103"/>
        <source>Loss dates</source>
        <translation>Fechas de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="104"/>
        <source>Loss confidence</source>
        <translation>Confianza de la pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="106"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="106"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="106"/>
        <source>Confirmed loss (ha)</source>
        <translation>Pérdida confirmada (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="106"/>
        <source>Probable loss (ha)</source>
        <translation>Pérdida probable (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="106"/>
        <source>Never clear (fraction)</source>
        <translation>Nunca despejado (fracción)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="134"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="134"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="134"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="134"/>
        <source>Probable loss</source>
        <translation>Pérdida probable</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="134"/>
        <source>Confirmed loss</source>
        <translation>Pérdida confirmada</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="150"/>
        <source>{count} images from {first} to {last}. Mining loss: {mining} ha; other forest loss: {other} ha; confirmed: {confirmed} ha; probable: {probable} ha (confirmation: {confirm} of the next {window} clear observations within {days} days).</source>
        <translation>{count} imágenes del {first} al {last}. Pérdida por minería: {mining} ha; otra pérdida de bosque: {other} ha; confirmada: {confirmed} ha; probable: {probable} ha (confirmación: {confirm} de las {window} observaciones despejadas siguientes dentro de {days} días).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="93"/>
        <source>Forest when the series starts (optional mask, non-zero = forest)</source>
        <translation>Bosque al inicio de la serie (máscara opcional, distinto de cero = bosque)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="97"/>
        <source>For example Hansen treecover2000 &gt;= 30 %. Only this forest is watched, and forest hidden by clouds on the first dates is compared with the scene&apos;s typical forest, so its loss can still be dated.</source>
        <translation>Por ejemplo treecover2000 de Hansen &gt;= 30 %. Solo se vigila este bosque, y el bosque oculto por nubes en las primeras fechas se compara con el bosque típico de la escena, de modo que su pérdida aún puede fecharse.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="58"/>
        <source>&lt;p&gt;Finds &lt;b&gt;when&lt;/b&gt; forest was lost over a series of images (2 to 100 or more), and whether it was mining or other loss, the way GLAD and RADD alerts work, offline and with rules you can explain.&lt;/p&gt;&lt;p&gt;Dates come from the file names (YYYYMMDD or YYYY-MM-DD), else from GDAL metadata (ACQUISITION_DATE, TIFFTAG_DATETIME), else from the Dates parameter (one per image, in the order given). Images are sorted by date. Masks are matched by the date in their names, or by order.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Every image is normalised to the clearest one on forest that is dense on both (as in the two-date detection), so seasons and haze differences cancel.&lt;/li&gt;&lt;li&gt;Per pixel, clear forest observations build a baseline; the first clear observation that the two-date rule calls loss against that baseline &lt;b&gt;flags&lt;/b&gt; the pixel on its date.&lt;/li&gt;&lt;li&gt;The flag is &lt;b&gt;confirmed&lt;/b&gt; when at least &apos;Observations to confirm&apos; of the next 4 clear observations within 180 days also show loss. It is &lt;b&gt;dropped&lt;/b&gt; when a later clear observation shows forest or as soon as it can no longer be confirmed (a hazy date, a shadow). Flags still open at the end of the series stay &lt;b&gt;probable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Mining or other loss is decided from the observations after the flag (ponds, tailings, bare ground, grass) and then per patch, as in the two-date detection; patches under the minimum area are removed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;With a forest mask (forest when the series starts), only that forest is watched and forest not yet seen clear is compared with the scene&apos;s typical dense forest.&lt;/p&gt;&lt;p&gt;Outputs: classes (0, 1 mining, 2 other, 255 never clear), loss date (YYYYMMDD of the flag) and confidence (2 probable, 3 confirmed).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra &lt;b&gt;cuándo&lt;/b&gt; se perdió el bosque a lo largo de una serie de imágenes (de 2 a 100 o más), y si fue pérdida por minería u otra pérdida, como funcionan las alertas GLAD y RADD, sin conexión y con reglas que se pueden explicar.&lt;/p&gt;&lt;p&gt;Las fechas se toman de los nombres de archivo (AAAAMMDD o AAAA-MM-DD), si no de los metadatos GDAL (ACQUISITION_DATE, TIFFTAG_DATETIME), si no del parámetro Fechas (una por imagen, en el orden dado). Las imágenes se ordenan por fecha. Las máscaras se asocian por la fecha de su nombre, o por orden.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Cada imagen se normaliza a la más despejada sobre el bosque que es denso en ambas (como en la detección de dos fechas), de modo que se cancelan las diferencias de estación y de bruma.&lt;/li&gt;&lt;li&gt;Por píxel, las observaciones despejadas de bosque forman una línea base; la primera observación despejada que la regla de dos fechas considera pérdida frente a esa línea base &lt;b&gt;marca&lt;/b&gt; el píxel en su fecha.&lt;/li&gt;&lt;li&gt;La marca se &lt;b&gt;confirma&lt;/b&gt; cuando al menos 'Observaciones para confirmar' de las 4 observaciones despejadas siguientes dentro de 180 días también muestran pérdida. Se &lt;b&gt;descarta&lt;/b&gt; cuando una observación despejada posterior muestra bosque o en cuanto ya no puede confirmarse (una fecha con bruma, una sombra). Las marcas aún abiertas al final de la serie quedan como &lt;b&gt;probables&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;La pérdida minera u otra se decide con las observaciones posteriores a la marca (pozas, relaves, suelo desnudo, pasto) y luego por parche, como en la detección de dos fechas; se eliminan los parches menores que el área mínima.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Con una máscara de bosque (bosque al inicio de la serie), solo se vigila ese bosque y el bosque aún no visto despejado se compara con el bosque denso típico de la escena.&lt;/p&gt;&lt;p&gt;Salidas: clases (0, 1 minería, 2 otra, 255 nunca despejado), fecha de pérdida (AAAAMMDD de la marca) y confianza (2 probable, 3 confirmada).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DetectTwoDates</name>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="46"/>
        <source>Detect mining loss (two dates)</source>
        <translation>Detectar pérdida minera (dos fechas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="81"/>
        <source>Image before (band stack)</source>
        <translation>Imagen anterior (pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="82"/>
        <source>Image after (band stack)</source>
        <translation>Imagen posterior (pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="84"/>
        <source>Cloud mask of the image before</source>
        <translation>Máscara de nubes de la imagen anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="86"/>
        <source>Cloud mask of the image after</source>
        <translation>Máscara de nubes de la imagen posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="90"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="91"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="92"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="93"/>
        <source>Masked fraction</source>
        <translation>Fracción enmascarada</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="94"/>
        <source>Area method</source>
        <translation>Método de cálculo del área</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="96"/>
        <source>Band stack of the earlier date, bands in the order of the sensor preset.</source>
        <translation>Pila de bandas de la fecha anterior, con las bandas en el orden del perfil de sensor.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="97"/>
        <source>Band stack of the later date; warped to the earlier image&apos;s grid if needed.</source>
        <translation>Pila de bandas de la fecha posterior; se reproyecta a la grilla de la imagen anterior si hace falta.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="98"/>
        <source>Cloud/shadow mask of the earlier date. Empty: spectral cloud screen.</source>
        <translation>Máscara de nubes y sombras de la fecha anterior. Vacía: filtro espectral de nubes.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="99"/>
        <source>Cloud/shadow mask of the later date. Empty: spectral cloud screen.</source>
        <translation>Máscara de nubes y sombras de la fecha posterior. Vacía: filtro espectral de nubes.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="128"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="128"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="128"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="135"/>
        <source>Mining loss: {mining} ha; other forest loss: {other} ha; masked: {masked} % ({method} areas).</source>
        <translation>Pérdida por minería: {mining} ha; otra pérdida de bosque: {other} ha; enmascarado: {masked} % (áreas {method}).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="135"/>
        <source>ellipsoidal</source>
        <translation>elipsoidales</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="135"/>
        <source>planar</source>
        <translation>planas</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="49"/>
        <source>&lt;p&gt;Finds forest that was lost between a BEFORE and an AFTER image and tells &lt;b&gt;mining loss&lt;/b&gt; (bare tailings and mining ponds) from &lt;b&gt;other forest loss&lt;/b&gt; (pasture, crops, bare farm soil, burns, roads).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The rule, step by step&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Reflectance from the sensor preset (for Sentinel-2 L2A, DN/10000; baseline 04.00+ subtracts 1000 first). AFTER and the masks are warped on the fly to BEFORE&apos;s grid.&lt;/li&gt;&lt;li&gt;Pixels masked on either date (SCL classes 0, 1, 3, 8, 9, 10, 11; QA_PIXEL fill, cloud, cirrus, shadow bits; non-zero binary mask) become 255. Without a mask, a spectral screen masks bright blue clouds (blue &amp;gt; 0.18), white haze (blue &amp;gt; 0.06 and &amp;gt; 0.9 x red) and dark shadows (NIR &amp;lt; 0.07 and SWIR1 &amp;lt; 0.05, not water).&lt;/li&gt;&lt;li&gt;AFTER is normalised to BEFORE band by band with a line fitted through the 10th-90th percentiles of pixels that are dense forest (NDVI &amp;gt; 0.7) on both dates, so season, sun and haze differences cancel.&lt;/li&gt;&lt;li&gt;Forest in BEFORE: NDVI &amp;ge; 0.60, NBR &amp;ge; 0.45, not water. Lost in AFTER: NBR fell by &amp;ge; 0.12 to &amp;le; 0.55, or red reflectance rose 1.7 times with NDVI down by &amp;ge; 0.05 and red above blue (grass), or the pixel became water (MNDWI &amp;gt; 0.10 and NIR &amp;lt; 0.15). Without SWIR bands: NDVI fell by &amp;ge; 0.20 to &amp;le; 0.60, water by NDWI.&lt;/li&gt;&lt;li&gt;Each lost pixel is a pond (new water), tailings-like (bright, pale: redness &amp;le; 0.31 and visible reflectance &amp;ge; 0.07), other bare ground, or vegetated clearing (NDVI &amp;ge; 0.45).&lt;/li&gt;&lt;li&gt;Lost pixels are grouped in 8-connected patches. A patch is &lt;b&gt;mining&lt;/b&gt; when it holds new ponds (at least 3 pixels and 2% of the patch), or when tailings-like ground is at least half of its bare ground and it holds some new water; otherwise it is &lt;b&gt;other forest loss&lt;/b&gt;. Vegetated clearings inside a mining patch stay other loss. Patches smaller than the minimum area are removed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Outputs: class raster (0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked), hectares of each class (ellipsoidal when the raster is in a geographic CRS) and the masked fraction.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra el bosque que se perdió entre una imagen ANTES y una imagen DESPUÉS y distingue la &lt;b&gt;pérdida por minería&lt;/b&gt; (relaves desnudos y pozas mineras) de la &lt;b&gt;otra pérdida de bosque&lt;/b&gt; (pastos, cultivos, suelo agrícola desnudo, quemas, caminos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;La regla, paso a paso&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Reflectancia según el perfil de sensor (para Sentinel-2 L2A, DN/10000; la línea base 04.00+ resta antes 1000). La imagen DESPUÉS y las máscaras se reproyectan al vuelo a la grilla de la imagen ANTES.&lt;/li&gt;&lt;li&gt;Los píxeles enmascarados en cualquiera de las fechas (clases SCL 0, 1, 3, 8, 9, 10, 11; bits de relleno, nube, cirro y sombra de QA_PIXEL; máscara binaria distinta de cero) pasan a 255. Sin máscara, un filtro espectral enmascara las nubes brillantes en azul (azul &amp;gt; 0,18), la bruma blanca (azul &amp;gt; 0,06 y &amp;gt; 0,9 x rojo) y las sombras oscuras (NIR &amp;lt; 0,07 y SWIR1 &amp;lt; 0,05, sin ser agua).&lt;/li&gt;&lt;li&gt;La imagen DESPUÉS se normaliza a la imagen ANTES banda por banda con una recta ajustada a los percentiles 10 a 90 de los píxeles que son bosque denso (NDVI &amp;gt; 0,7) en ambas fechas, de modo que se cancelan las diferencias de estación, sol y bruma.&lt;/li&gt;&lt;li&gt;Bosque en ANTES: NDVI &amp;ge; 0,60, NBR &amp;ge; 0,45, sin ser agua. Perdido en DESPUÉS: el NBR bajó &amp;ge; 0,12 hasta &amp;le; 0,55, o la reflectancia roja subió 1,7 veces con el NDVI bajando &amp;ge; 0,05 y el rojo por encima del azul (pasto), o el píxel se volvió agua (MNDWI &amp;gt; 0,10 y NIR &amp;lt; 0,15). Sin bandas SWIR: el NDVI bajó &amp;ge; 0,20 hasta &amp;le; 0,60, y el agua se detecta con el NDWI.&lt;/li&gt;&lt;li&gt;Cada píxel perdido es una poza (agua nueva), parecido a relave (brillante y pálido: rojez &amp;le; 0,31 y reflectancia visible &amp;ge; 0,07), otro suelo desnudo o un desbroce con vegetación (NDVI &amp;ge; 0,45).&lt;/li&gt;&lt;li&gt;Los píxeles perdidos se agrupan en parches conectados en 8 direcciones. Un parche es &lt;b&gt;minería&lt;/b&gt; cuando contiene pozas nuevas (al menos 3 píxeles y el 2 % del parche), o cuando el suelo parecido a relave es al menos la mitad de su suelo desnudo y contiene algo de agua nueva; si no, es &lt;b&gt;otra pérdida de bosque&lt;/b&gt;. Los desbroces con vegetación dentro de un parche minero siguen siendo otra pérdida. Se eliminan los parches menores que el área mínima.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Salidas: ráster de clases (0 sin pérdida de bosque, 1 pérdida por minería, 2 otra pérdida de bosque, 255 enmascarado), hectáreas de cada clase (elipsoidales cuando el ráster está en un SRC geográfico) y la fracción enmascarada.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportOperations</name>
    <message>
        <location filename="../algorithms/import_operations.py" line="38"/>
        <source>Import enforcement operations (CSV)</source>
        <translation>Importar operativos de control (CSV)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="62"/>
        <source>Operations</source>
        <translation>Operativos</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="47"/>
        <source>&lt;p&gt;Reads a CSV of enforcement operations with the columns &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;start_date&lt;/code&gt;, &lt;code&gt;end_date&lt;/code&gt; (empty = ongoing), &lt;code&gt;agency&lt;/code&gt;, &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;description&lt;/code&gt;, &lt;code&gt;source&lt;/code&gt; and either &lt;code&gt;wkt&lt;/code&gt; (the area, in WGS84) or &lt;code&gt;region&lt;/code&gt; (names matched in the regions layer; several names separated by |).&lt;/p&gt;&lt;p&gt;Writes the &lt;code&gt;operations&lt;/code&gt; layer (EPSG:4326, MultiPolygon) to a GeoPackage. Rows with problems are reported by line number and left out; good rows are kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lee un CSV de operativos de control con las columnas &lt;code&gt;name&lt;/code&gt;, &lt;code&gt;start_date&lt;/code&gt;, &lt;code&gt;end_date&lt;/code&gt; (vacía = en curso), &lt;code&gt;agency&lt;/code&gt;, &lt;code&gt;kind&lt;/code&gt;, &lt;code&gt;description&lt;/code&gt;, &lt;code&gt;source&lt;/code&gt; y además &lt;code&gt;wkt&lt;/code&gt; (el área, en WGS84) o &lt;code&gt;region&lt;/code&gt; (nombres buscados en la capa de regiones; varios nombres separados por |).&lt;/p&gt;&lt;p&gt;Escribe la capa &lt;code&gt;operations&lt;/code&gt; (EPSG:4326, MultiPolígono) en un GeoPackage. Las filas con problemas se informan por número de línea y se dejan fuera; las filas correctas se conservan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="56"/>
        <source>Operations CSV</source>
        <translation>CSV de operativos</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="57"/>
        <source>Regions (for the region column)</source>
        <translation>Regiones (para la columna region)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="60"/>
        <source>Region name field</source>
        <translation>Campo con el nombre de la región</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="63"/>
        <source>Operations imported</source>
        <translation>Operativos importados</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="64"/>
        <source>Rows rejected</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="68"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="72"/>
        <source>end date {detail} is before the start date</source>
        <translation>la fecha de fin {detail} es anterior a la fecha de inicio</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="73"/>
        <source>unreadable area WKT &apos;{detail}&apos;</source>
        <translation>WKT del área ilegible '{detail}'</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="74"/>
        <source>region &apos;{detail}&apos; is not in the regions layer</source>
        <translation>la región '{detail}' no está en la capa de regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="75"/>
        <source>no area: give wkt or region</source>
        <translation>sin área: indique wkt o region</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="99"/>
        <source>Line {line}: {problem}; row left out.</source>
        <translation>Línea {line}: {problem}; fila dejada fuera.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="110"/>
        <source>{count} operations imported, {rejected} rows left out.</source>
        <translation>{count} operativos importados, {rejected} filas dejadas fuera.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="69"/>
        <source>unreadable date &apos;{detail}&apos; (use YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>fecha ilegible '{detail}' (use AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="70"/>
        <source>date &apos;{detail}&apos; can be read as day/month or month/day: write it as YYYY-MM-DD</source>
        <translation>la fecha '{detail}' puede leerse como día/mes o mes/día: escríbala como AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>LossInputs</name>
    <message>
        <location filename="../algorithms/loss_inputs.py" line="35"/>
        <source>The regions layer could not be read. Choose a polygon layer.</source>
        <translation>No se pudo leer la capa de regiones. Elija una capa de polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/loss_inputs.py" line="43"/>
        <source>Region &apos;{name}&apos; has no geometry: it is reported with 0 ha.</source>
        <translation>La región '{name}' no tiene geometría: se informa con 0 ha.</translation>
    </message>
    <message>
        <location filename="../algorithms/loss_inputs.py" line="48"/>
        <source>Region &apos;{name}&apos; has an invalid geometry; it was repaired.</source>
        <translation>La región '{name}' tiene una geometría no válida; se reparó.</translation>
    </message>
    <message>
        <location filename="../algorithms/loss_inputs.py" line="56"/>
        <source>The regions layer has no features. Choose a layer with at least one polygon.</source>
        <translation>La capa de regiones no tiene entidades. Elija una capa con al menos un polígono.</translation>
    </message>
    <message>
        <location filename="../algorithms/loss_inputs.py" line="96"/>
        <source>{count} loss polygons have no readable date or group value and were left out.</source>
        <translation>{count} polígonos de pérdida no tienen una fecha o un valor de grupo legible y se dejaron fuera.</translation>
    </message>
</context>
<context>
    <name>MiningLossAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="36"/>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
</context>
<context>
    <name>MiningLossMonitorPlugin</name>
    <message>
        <location filename="../plugin/main.py" line="39"/>
        <source>Detect mining loss (two dates)…</source>
        <translation>Detectar pérdida minera (dos fechas)…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="81"/>
        <source>Mining Loss Monitor</source>
        <translation>Monitor de Pérdida por Minería</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="59"/>
        <source>Mining loss timeline</source>
        <translation>Línea de tiempo de la pérdida minera</translation>
    </message>
</context>
<context>
    <name>MiningLossProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="25"/>
        <source>Mining Loss Monitor</source>
        <translation>Monitor de Pérdida por Minería</translation>
    </message>
</context>
<context>
    <name>MiningLossTimelineDock</name>
    <message>
        <location filename="../plugin/dock.py" line="43"/>
        <source>Mining loss timeline</source>
        <translation>Línea de tiempo de la pérdida minera</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="261"/>
        <source>Operations</source>
        <translation>Operativos</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="69"/>
        <source>Dated loss</source>
        <translation>Pérdida fechada</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="72"/>
        <source>Only inside the selected operation</source>
        <translation>Solo dentro del operativo seleccionado</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="73"/>
        <source>Operation areas on the map</source>
        <translation>Áreas de los operativos en el mapa</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="80"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="80"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="80"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="80"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="80"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="80"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="176"/>
        <source>Select an operation to compare loss before and after it.</source>
        <translation>Seleccione un operativo para comparar la pérdida antes y después.</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="120"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="177"/>
        <source>{name}: no dated loss layer to compare.</source>
        <translation>{name}: no hay una capa de pérdida fechada para comparar.</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="185"/>
        <source>no loss before</source>
        <translation>sin pérdida antes</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="187"/>
        <source>{name}: {before} ha from {b0} to {b1} ({before_rate} ha/month); {after} ha from {a0} to {a1} ({after_rate} ha/month); change {change}.</source>
        <translation>{name}: {before} ha del {b0} al {b1} ({before_rate} ha/mes); {after} ha del {a0} al {a1} ({after_rate} ha/mes); cambio {change}.</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="216"/>
        <source>Add an operations layer first (Import CSV… creates one).</source>
        <translation>Agregue primero una capa de operativos (Importar CSV… crea una).</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="245"/>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="267"/>
        <source>Export the timeline</source>
        <translation>Exportar la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="267"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/dock.py" line="197"/>
        <source>The images cover {first} to {last} only: the windows were cut to them.</source>
        <translation>Las imágenes solo cubren del {first} al {last}: las ventanas se recortaron a esas fechas.</translation>
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
        <location filename="../algorithms/parameter_help.py" line="31"/>
        <source>Cloud mask of the later image, of the same type as the earlier one.</source>
        <translation>Máscara de nubes de la imagen posterior, del mismo tipo que la de la anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="36"/>
        <source>Loss patches smaller than this many hectares are removed (minimum mapping unit).</source>
        <translation>Se eliminan las manchas de pérdida menores que estas hectáreas (unidad mínima de mapeo).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="43"/>
        <source>Only for the Custom preset: reflectance = value × scale + offset.</source>
        <translation>Solo para el perfil Personalizado: reflectancia = valor × escala + desplazamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="49"/>
        <source>One cloud mask per image, matched by the date in the file name (optional).</source>
        <translation>Una máscara de nubes por imagen, emparejada por la fecha del nombre de archivo (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="55"/>
        <source>How many of the next clear observations must show the loss again to confirm it.</source>
        <translation>Cuántas de las siguientes observaciones despejadas deben mostrar de nuevo la pérdida para confirmarla.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="57"/>
        <source>Forest when the series starts, non-zero = forest (e.g. Hansen treecover2000 ≥ 30 %).</source>
        <translation>Bosque al inicio de la serie, distinto de cero = bosque (p. ej. Hansen treecover2000 ≥ 30 %).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="65"/>
        <source>Loss classes: 0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked.</source>
        <translation>Clases de pérdida: 0 sin pérdida de bosque, 1 pérdida por minería, 2 otra pérdida de bosque, 255 enmascarado.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="61"/>
        <source>Date of the first clear observation that shows the loss, as YYYYMMDD.</source>
        <translation>Fecha de la primera observación despejada que muestra la pérdida, como AAAAMMDD.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="63"/>
        <source>2 probable (seen once, near the end of the series), 3 confirmed.</source>
        <translation>2 probable (vista una vez, cerca del final de la serie), 3 confirmada.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="68"/>
        <source>A loss class raster written by one of the detections.</source>
        <translation>Un ráster de clases de pérdida escrito por una de las detecciones.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="69"/>
        <source>The loss date raster of the same detection run (optional): polygons get loss_date.</source>
        <translation>El ráster de fechas de pérdida de la misma detección (opcional): los polígonos reciben loss_date.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="71"/>
        <source>The confidence raster of the same detection run (optional).</source>
        <translation>El ráster de confianza de la misma detección (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="72"/>
        <source>Polygons smaller than this many hectares are left out.</source>
        <translation>Se omiten los polígonos menores que estas hectáreas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="82"/>
        <source>For a raster: what its values mean. Ignored for polygons.</source>
        <translation>Para un ráster: qué significan sus valores. Se ignora con polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="86"/>
        <source>For polygons: the field holding the loss date. Disabled for rasters.</source>
        <translation>Para polígonos: el campo con la fecha de pérdida. Desactivado con rásteres.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="95"/>
        <source>Polygons to count the loss in: districts, protected areas, operation areas…</source>
        <translation>Polígonos en los que contar la pérdida: distritos, áreas protegidas, zonas de operativos…</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="97"/>
        <source>The field that names each region in the table and the report.</source>
        <translation>El campo que da nombre a cada región en la tabla y el informe.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="98"/>
        <source>Group the loss by year, quarter, month, or count the whole range at once.</source>
        <translation>Agrupar la pérdida por año, trimestre o mes, o contar todo el rango de una vez.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="100"/>
        <source>Count loss from this day (optional).</source>
        <translation>Contar la pérdida desde este día (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="101"/>
        <source>Count loss up to this day (optional).</source>
        <translation>Contar la pérdida hasta este día (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="105"/>
        <source>Operations drawn as markers on the report&apos;s charts (optional).</source>
        <translation>Operativos dibujados como marcas en los gráficos del informe (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="110"/>
        <source>An HTML report with charts, tables and the method, readable offline in any browser.</source>
        <translation>Un informe HTML con gráficos, tablas y el método, legible sin conexión en cualquier navegador.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="119"/>
        <source>Instead of an operation: first day of the window before.</source>
        <translation>En lugar de un operativo: primer día de la ventana anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="120"/>
        <source>Instead of an operation: last day of the window before.</source>
        <translation>En lugar de un operativo: último día de la ventana anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="121"/>
        <source>Instead of an operation: first day of the window after.</source>
        <translation>En lugar de un operativo: primer día de la ventana posterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="122"/>
        <source>Instead of an operation: last day of the window after.</source>
        <translation>En lugar de un operativo: último día de la ventana posterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="140"/>
        <source>Polygons whose names the CSV&apos;s region column can use as the operation&apos;s area (optional).</source>
        <translation>Polígonos cuyos nombres puede usar la columna region del CSV como zona del operativo (opcional).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="143"/>
        <source>The field of those polygons that holds the names.</source>
        <translation>El campo de esos polígonos que contiene los nombres.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="145"/>
        <source>The operations GeoPackage layer (EPSG:4326) the timeline dock reads.</source>
        <translation>La capa GeoPackage de operativos (EPSG:4326) que lee el panel de línea de tiempo.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="16"/>
        <source>The earlier image: a band stack in the order of the sensor preset (e.g. Sentinel-2 B2, B3, B4, B8, B11, B12), or a downloaded product.</source>
        <translation>La imagen anterior: una pila de bandas en el orden del perfil de sensor (p. ej. Sentinel-2 B2, B3, B4, B8, B11, B12) o un producto tal como se descarga.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="20"/>
        <source>The later image of the same area, same sensor preset. Its date must be after the earlier image&apos;s date.</source>
        <translation>La imagen posterior de la misma zona, con el mismo perfil de sensor. Su fecha debe ser posterior a la de la imagen anterior.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="23"/>
        <source>How bands and reflectance are read: Sentinel-2 L2A (baseline 04.00 and later subtract 1000), Landsat 8/9 Collection 2 Level-2, four-band PlanetScope/NICFI, or custom band numbers.</source>
        <translation>Cómo se leen las bandas y la reflectancia: Sentinel-2 L2A (desde la línea base 04.00 se resta 1000), Landsat 8/9 Colección 2 Nivel 2, PlanetScope/NICFI de cuatro bandas, o números de banda personalizados.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="27"/>
        <source>Cloud mask of the earlier image (Sentinel-2 SCL, Landsat QA_PIXEL or a binary mask). Empty: clouds are screened from the spectra.</source>
        <translation>Máscara de nubes de la imagen anterior (SCL de Sentinel-2, QA_PIXEL de Landsat o máscara binaria). Vacía: las nubes se detectan por sus espectros.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="32"/>
        <source>What the mask files are: Sentinel-2 scene classification (SCL), Landsat QA_PIXEL bits, or binary (non-zero = masked).</source>
        <translation>Qué son los archivos de máscara: clasificación de escena de Sentinel-2 (SCL), bits QA_PIXEL de Landsat, o binaria (distinto de cero = enmascarado).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="38"/>
        <source>Only for the Custom preset: band numbers of blue, green, red, NIR and, if present, SWIR1 and SWIR2, separated by commas.</source>
        <translation>Solo para el perfil Personalizado: números de banda de azul, verde, rojo, NIR y, si existen, SWIR1 y SWIR2, separados por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="45"/>
        <source>Two or more images of the same area (band stacks or downloaded products), in any order: they are sorted by date.</source>
        <translation>Dos o más imágenes de la misma zona (pilas de bandas o productos descargados), en cualquier orden: se ordenan por fecha.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="51"/>
        <source>Only when the file names and metadata carry no date: one YYYY-MM-DD per image, separated by commas, in the order of the images.</source>
        <translation>Solo cuando ni los nombres de archivo ni los metadatos llevan fecha: una AAAA-MM-DD por imagen, separadas por comas, en el orden de las imágenes.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="74"/>
        <source>A GeoPackage of loss polygons with class, kind, loss_date, confidence, area_ha, lon and lat.</source>
        <translation>Un GeoPackage de polígonos de pérdida con class, kind, loss_date, confidence, area_ha, lon y lat.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="78"/>
        <source>The forest loss to count: a raster (this plugin's classes or dates, Hansen lossyear, GFW alerts, a binary mask) or polygons (this plugin's, Amazon Mining Watch, …).</source>
        <translation>La pérdida de bosque a contar: un ráster (clases o fechas de este complemento, Hansen lossyear, alertas GFW, una máscara binaria) o polígonos (de este complemento, Amazon Mining Watch, …).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="83"/>
        <source>For this plugin&apos;s class raster: the loss date raster of the same run, to split the loss into periods.</source>
        <translation>Para el ráster de clases de este complemento: el ráster de fechas de pérdida de la misma ejecución, para repartir la pérdida en periodos.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="88"/>
        <source>For polygons: a field whose values are the periods themselves (e.g. a year). Disabled for rasters.</source>
        <translation>Para polígonos: un campo cuyos valores son los propios periodos (p. ej. un año). Desactivado con rásteres.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="91"/>
        <source>For polygons: a field with each polygon&apos;s hectares, shared by the part inside each region. Empty: the area is measured.</source>
        <translation>Para polígonos: un campo con las hectáreas de cada polígono, repartidas según la parte dentro de cada región. Vacío: se mide el área.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="102"/>
        <source>The operations layer (name, start_date, …): e.g. made by 'Import enforcement operations (CSV)'.</source>
        <translation>La capa de operativos (name, start_date, …): p. ej. creada con 'Importar operativos de control (CSV)'.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="107"/>
        <source>A table with one row per region and period: loss_ha, mining_ha, other_ha, region_ha, loss_pct.</source>
        <translation>Una tabla con una fila por región y periodo: loss_ha, mining_ha, other_ha, region_ha, loss_pct.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="112"/>
        <source>The operation to compare around. Empty: the one selected on the map, or the layer&apos;s only operation.</source>
        <translation>El operativo en torno al cual comparar. Vacío: el seleccionado en el mapa, o el único operativo de la capa.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="115"/>
        <source>Length of the window after the operation starts. Cut to the images&apos; dates when the loss data end earlier.</source>
        <translation>Duración de la ventana desde el inicio del operativo. Se recorta a las fechas de las imágenes cuando los datos de pérdida terminan antes.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="123"/>
        <source>The window before: the same months one year earlier (as MAAP reports), or the same length just before the operation.</source>
        <translation>La ventana anterior: los mismos meses un año antes (como en los informes de MAAP), o la misma duración justo antes del operativo.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="127"/>
        <source>Compare all forest loss, only mining loss or only other forest loss (needs a loss input that tells them apart).</source>
        <translation>Comparar toda la pérdida de bosque, solo la pérdida por minería o solo otra pérdida de bosque (requiere una entrada que las distinga).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="131"/>
        <source>A table with one row per region: hectares and monthly rates before and after, their change, and the dates actually counted.</source>
        <translation>Una tabla con una fila por región: hectáreas y tasas mensuales antes y después, su cambio y las fechas realmente contadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameter_help.py" line="136"/>
        <source>A CSV with name, start_date (YYYY-MM-DD or DD/MM/YYYY), end_date, agency, kind, description, source and either wkt or region.</source>
        <translation>Un CSV con name, start_date (AAAA-MM-DD o DD/MM/AAAA), end_date, agency, kind, description, source y wkt o region.</translation>
    </message>
</context>
<context>
    <name>RegionSummary</name>
    <message>
        <location filename="../algorithms/region_summary.py" line="156"/>
        <source>Forest loss per region and period</source>
        <translation>Pérdida de bosque por región y periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="48"/>
        <source>&lt;p&gt;Hectares of forest loss in each region for each year, quarter, month or the whole range, from this plugin&apos;s detections or from loss products: Hansen GFC lossyear, GFW alerts (GLAD-L, GLAD-S2, RADD, integrated: confidence x 10000 + days since 2014-12-31), a binary mask, or polygons with a date field or a period field (for example Amazon Mining Watch&apos;s &lt;code&gt;year&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Rasters: a pixel counts when its centre lies inside the region; pixel areas are ellipsoidal, row by row, when the raster is in a geographic CRS. Polygons: ellipsoidal area of the intersection with each region; with an area field, the polygon&apos;s value is shared by the share of the polygon inside each region. Overlapping regions are each counted in full; regions with the same name are merged; invalid geometries are repaired with a warning.&lt;/p&gt;&lt;p&gt;Periods with no loss appear with 0 so charts have no gaps. A product dated only to the year cannot be split into months or quarters. Mining and other loss are split when the input says so (our class raster, or a &lt;code&gt;kind&lt;/code&gt; field).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hectáreas de pérdida de bosque en cada región por año, trimestre, mes o todo el rango, a partir de las detecciones de este complemento o de productos de pérdida: lossyear de Hansen GFC, alertas de GFW (GLAD-L, GLAD-S2, RADD, integradas: confianza x 10000 + días desde el 31-12-2014), una máscara binaria, o polígonos con un campo de fecha o un campo de periodo (por ejemplo el campo &lt;code&gt;year&lt;/code&gt; de Amazon Mining Watch).&lt;/p&gt;&lt;p&gt;Rásteres: un píxel cuenta cuando su centro está dentro de la región; las áreas de píxel son elipsoidales, fila por fila, cuando el ráster está en un SRC geográfico. Polígonos: área elipsoidal de la intersección con cada región; con un campo de área, el valor del polígono se reparte según la parte del polígono dentro de cada región. Las regiones superpuestas se cuentan cada una completa; las regiones con el mismo nombre se unen; las geometrías no válidas se reparan con un aviso.&lt;/p&gt;&lt;p&gt;Los periodos sin pérdida aparecen con 0 para que los gráficos no tengan huecos. Un producto fechado solo por año no se puede dividir en meses ni trimestres. La pérdida minera y la otra pérdida se separan cuando la entrada lo indica (nuestro ráster de clases, o un campo &lt;code&gt;kind&lt;/code&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="129"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="64"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="64"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="64"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="64"/>
        <source>Whole range</source>
        <translation>Todo el rango</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="66"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="68"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="70"/>
        <source>Operations (markers in the report)</source>
        <translation>Operativos (marcas en el informe)</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="73"/>
        <source>Loss per region and period</source>
        <translation>Pérdida por región y periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="84"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="112"/>
        <source>Hectares of forest loss per region and period, made offline by Mining Loss Monitor on {day}.</source>
        <translation>Hectáreas de pérdida de bosque por región y periodo, elaborado sin conexión por Mining Loss Monitor el {day}.</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="119"/>
        <source>Loss by period</source>
        <translation>Pérdida por periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="124"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="125"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="126"/>
        <source>Forest loss</source>
        <translation>Pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="127"/>
        <source>hectares</source>
        <translation>hectáreas</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="128"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="129"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="129"/>
        <source>Loss (ha)</source>
        <translation>Pérdida (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="129"/>
        <source>Mining (ha)</source>
        <translation>Minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="130"/>
        <source>Other (ha)</source>
        <translation>Otra (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="130"/>
        <source>Region (ha)</source>
        <translation>Región (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="130"/>
        <source>Loss (%)</source>
        <translation>Pérdida (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="133"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="135"/>
        <source>Pixel centres inside each region; planar pixel areas in the raster&apos;s CRS.</source>
        <translation>Centros de píxel dentro de cada región; áreas de píxel planas en el SRC del ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="136"/>
        <source>Pixel centres inside each region; ellipsoidal pixel areas, row by row.</source>
        <translation>Centros de píxel dentro de cada región; áreas de píxel elipsoidales, fila por fila.</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="137"/>
        <source>Ellipsoidal area of each loss polygon&apos;s intersection with each region (equal-area projection on the layer&apos;s ellipsoid).</source>
        <translation>Área elipsoidal de la intersección de cada polígono de pérdida con cada región (proyección de áreas iguales sobre el elipsoide de la capa).</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="140"/>
        <source>Loss data</source>
        <translation>Datos de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="140"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="141"/>
        <source>Area method</source>
        <translation>Método de cálculo del área</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="143"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="145"/>
        <source>Area field</source>
        <translation>Campo de área</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="147"/>
        <source>Period field</source>
        <translation>Campo de periodo</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="149"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="150"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../algorithms/region_summary.py" line="152"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>SensorParameters</name>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="20"/>
        <source>Sensor preset</source>
        <translation>Perfil de sensor</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="20"/>
        <source>Sentinel-2 L2A stack</source>
        <translation>Pila Sentinel-2 L2A</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="20"/>
        <source>Sentinel-2 L2A stack, baseline 04.00+</source>
        <translation>Pila Sentinel-2 L2A, línea base 04.00+</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="20"/>
        <source>Landsat 8/9 C2 L2 stack</source>
        <translation>Pila Landsat 8/9 C2 L2</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="20"/>
        <source>Blue, green, red, NIR</source>
        <translation>Azul, verde, rojo, NIR</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="20"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="31"/>
        <source>Mask type</source>
        <translation>Tipo de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="31"/>
        <source>Sentinel-2 SCL</source>
        <translation>SCL de Sentinel-2</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="31"/>
        <source>Landsat QA_PIXEL</source>
        <translation>QA_PIXEL de Landsat</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="31"/>
        <source>Binary (non-zero = masked)</source>
        <translation>Binaria (distinto de cero = enmascarado)</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="37"/>
        <source>Minimum mapping unit (ha)</source>
        <translation>Unidad mínima de mapeo (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="41"/>
        <source>Loss patches smaller than this many hectares are removed.</source>
        <translation>Se eliminan los parches de pérdida menores que estas hectáreas.</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="48"/>
        <source>Custom band numbers: blue, green, red, NIR[, SWIR1, SWIR2]</source>
        <translation>Números de banda personalizados: azul, verde, rojo, NIR[, SWIR1, SWIR2]</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="51"/>
        <source>Custom reflectance scale</source>
        <translation>Escala de reflectancia personalizada</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="54"/>
        <source>Custom reflectance offset</source>
        <translation>Desplazamiento de reflectancia personalizado</translation>
    </message>
</context>
<context>
    <name>SummaryParameters</name>
    <message>
        <location filename="../algorithms/summary_common.py" line="63"/>
        <source>Loss classes of this plugin (dates from LOSS_DATE)</source>
        <translation>Clases de pérdida de este complemento (fechas de LOSS_DATE)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="64"/>
        <source>Loss dates of this plugin (YYYYMMDD)</source>
        <translation>Fechas de pérdida de este complemento (AAAAMMDD)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="65"/>
        <source>Hansen GFC lossyear (1..N = 2000+N)</source>
        <translation>lossyear de Hansen GFC (1..N = 2000+N)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="66"/>
        <source>GFW alerts (GLAD-L, GLAD-S2, RADD, integrated)</source>
        <translation>Alertas de GFW (GLAD-L, GLAD-S2, RADD, integradas)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="67"/>
        <source>Binary mask (non-zero = loss)</source>
        <translation>Máscara binaria (distinto de cero = pérdida)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="72"/>
        <source>Forest loss (raster or polygons)</source>
        <translation>Pérdida de bosque (ráster o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="75"/>
        <source>Raster encoding</source>
        <translation>Codificación del ráster</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="78"/>
        <source>Loss dates for the class raster</source>
        <translation>Fechas de pérdida del ráster de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="81"/>
        <source>Date field (polygons)</source>
        <translation>Campo de fecha (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="81"/>
        <source>Period field: its values are the periods</source>
        <translation>Campo de periodo: sus valores son los periodos</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="81"/>
        <source>Area field in hectares (polygons)</source>
        <translation>Campo de área en hectáreas (polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="87"/>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="89"/>
        <source>Region name field</source>
        <translation>Campo con el nombre de la región</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="103"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="103"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="55"/>
        <source>Summaries</source>
        <translation>Resúmenes</translation>
    </message>
    <message>
        <location filename="../algorithms/summary_common.py" line="167"/>
        <source>The regions do not overlap the forest loss: the loss covers {loss} and the regions cover {regions} (longitude/latitude, WGS 84). Choose regions of the same area, or check that both layers have the right coordinate reference system.</source>
        <translation>Las regiones no se superponen a la pérdida de bosque: la pérdida cubre {loss} y las regiones cubren {regions} (longitud/latitud, WGS 84). Elija regiones de la misma zona, o compruebe que ambas capas tengan el sistema de referencia de coordenadas correcto.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../plugin/timeline_widget.py" line="87"/>
        <source>Choose a dated loss layer to see monthly hectares</source>
        <translation>Elija una capa de pérdida fechada para ver las hectáreas mensuales</translation>
    </message>
    <message>
        <location filename="../plugin/timeline_widget.py" line="106"/>
        <source>{peak} ha / month (highest)</source>
        <translation>{peak} ha / mes (máximo)</translation>
    </message>
    <message>
        <location filename="../plugin/timeline_widget.py" line="193"/>
        <source>Mining loss timeline</source>
        <translation>Línea de tiempo de la pérdida minera</translation>
    </message>
</context>
<context>
    <name>VectorizeLoss</name>
    <message>
        <location filename="../algorithms/vectorize.py" line="48"/>
        <source>Loss polygons from the class raster</source>
        <translation>Polígonos de pérdida a partir del ráster de clases</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="51"/>
        <source>&lt;p&gt;Turns the loss class raster of a detection into polygons in a GeoPackage, one per patch of the same class (and the same date and confidence when those rasters are given).&lt;/p&gt;&lt;p&gt;Fields: &lt;code&gt;class&lt;/code&gt; (1 mining, 2 other), &lt;code&gt;kind&lt;/code&gt; (mining/other), &lt;code&gt;loss_date&lt;/code&gt; (empty without a date raster), &lt;code&gt;confidence&lt;/code&gt; (2 probable, 3 confirmed), &lt;code&gt;area_ha&lt;/code&gt; (ellipsoidal hectares, computed in an equal-area projection on the layer&apos;s ellipsoid), &lt;code&gt;lon&lt;/code&gt;, &lt;code&gt;lat&lt;/code&gt; (WGS84 centroid).&lt;/p&gt;&lt;p&gt;With dates, the layer loads with temporal properties on &lt;code&gt;loss_date&lt;/code&gt;, so the Temporal Controller shows loss accumulating through time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Convierte el ráster de clases de pérdida de una detección en polígonos dentro de un GeoPackage, uno por parche de la misma clase (y de la misma fecha y confianza cuando se indican esos rásteres).&lt;/p&gt;&lt;p&gt;Campos: &lt;code&gt;class&lt;/code&gt; (1 minería, 2 otra), &lt;code&gt;kind&lt;/code&gt; (mining/other), &lt;code&gt;loss_date&lt;/code&gt; (vacío sin ráster de fechas), &lt;code&gt;confidence&lt;/code&gt; (2 probable, 3 confirmada), &lt;code&gt;area_ha&lt;/code&gt; (hectáreas elipsoidales, calculadas en una proyección de áreas iguales sobre el elipsoide de la capa), &lt;code&gt;lon&lt;/code&gt;, &lt;code&gt;lat&lt;/code&gt; (centroide en WGS84).&lt;/p&gt;&lt;p&gt;Con fechas, la capa se carga con propiedades temporales sobre &lt;code&gt;loss_date&lt;/code&gt;, de modo que el Controlador temporal muestra cómo se acumula la pérdida en el tiempo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="63"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="64"/>
        <source>Loss dates (YYYYMMDD)</source>
        <translation>Fechas de pérdida (AAAAMMDD)</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="66"/>
        <source>Loss confidence</source>
        <translation>Confianza de la pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="68"/>
        <source>Minimum polygon area (ha)</source>
        <translation>Área mínima del polígono (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="71"/>
        <source>Loss polygons</source>
        <translation>Polígonos de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="73"/>
        <source>Number of polygons</source>
        <translation>Número de polígonos</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="74"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="75"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="90"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="90"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/vectorize.py" line="94"/>
        <source>{count} polygons: {mining} ha of mining loss, {other} ha of other forest loss.</source>
        <translation>{count} polígonos: {mining} ha de pérdida por minería, {other} ha de otra pérdida de bosque.</translation>
    </message>
</context>
</TS>
