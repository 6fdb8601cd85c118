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
        <translation>Operación</translation>
    </message>
    <message>
        <location filename="../algorithms/compare_periods.py" line="109"/>
        <source>Give an operations layer and choose the operation (or select it on the map), or give the four window dates under Advanced parameters.</source>
        <translation>Indique una capa de operaciones y elija la operación (o selecciónela en el mapa), o indique las cuatro fechas de las ventanas en Parámetros avanzados.</translation>
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
        <location filename="../algorithms/messages.py" line="12"/>
        <source>Cannot read the raster given as {role} ({path}). Check that the file exists and is a raster GDAL can open.</source>
        <translation>No se puede leer el ráster indicado como {role} ({path}). Compruebe que el archivo existe y es un ráster que GDAL puede abrir.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="15"/>
        <source>{role} has {found} band(s) but the chosen sensor needs at least {needed}. Choose the sensor preset that matches the stack, or the Custom preset with its band numbers.</source>
        <translation>{role} tiene {found} banda(s), pero el sensor elegido necesita al menos {needed}. Elija el perfil de sensor que corresponde a la pila de bandas, o el perfil Personalizado con sus números de banda.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="25"/>
        <source>it has {found} bands, a mask has one</source>
        <translation>tiene {found} bandas y una máscara tiene una sola</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="27"/>
        <source>its values are not integers</source>
        <translation>sus valores no son enteros</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="28"/>
        <source>its values are outside the Sentinel-2 SCL classes 0 to 11</source>
        <translation>sus valores están fuera de las clases SCL de Sentinel-2 (0 a 11)</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="29"/>
        <source>its values are outside the Landsat QA_PIXEL range</source>
        <translation>sus valores están fuera del rango de QA_PIXEL de Landsat</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="43"/>
        <source>{role} is not a valid mask: {reason}. Give the cloud mask of the same date and choose the matching mask type.</source>
        <translation>{role} no es una máscara válida: {reason}. Indique la máscara de nubes de la misma fecha y elija el tipo de máscara correspondiente.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="47"/>
        <source>Cannot write {path}: the folder does not exist or is read-only. Choose another output location.</source>
        <translation>No se puede escribir {path}: la carpeta no existe o es de solo lectura. Elija otra ubicación de salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="50"/>
        <source>The minimum area must be zero or more hectares (got {value}).</source>
        <translation>El área mínima debe ser de cero o más hectáreas (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="52"/>
        <source>Custom bands must be 4 or 6 band numbers separated by commas (blue, green, red, NIR[, SWIR1, SWIR2]); got &apos;{text}&apos;.</source>
        <translation>Las bandas personalizadas deben ser 4 o 6 números de banda separados por comas (azul, verde, rojo, NIR[, SWIR1, SWIR2]); se recibió '{text}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="55"/>
        <source>{role} is not a loss class raster of this plugin (one byte band with values 0, 1, 2 and 255). Run &apos;Detect mining loss&apos; first and give its output.</source>
        <translation>{role} no es un ráster de clases de pérdida de este complemento (una banda de un byte con valores 0, 1, 2 y 255). Ejecute primero 'Detectar pérdida minera' e indique su salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="59"/>
        <source>{role} is not on the same grid as the class raster. Give the date and confidence rasters written by the same detection run.</source>
        <translation>{role} no está en la misma grilla que el ráster de clases. Indique los rásteres de fecha y de confianza escritos por la misma detección.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="110"/>
        <source>Invalid input: {code}</source>
        <translation>Entrada no válida: {code}</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="176"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelado por el usuario; no se escribió ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="180"/>
        <source>Every pixel is masked (clouds, shadows or no data) on at least one date: no loss could be measured. Choose clearer images.</source>
        <translation>Todos los píxeles están enmascarados (nubes, sombras o sin datos) en al menos una fecha: no se pudo medir ninguna pérdida. Elija imágenes más despejadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="62"/>
        <source>This loss product is dated only to the year: it cannot be split into months or quarters, and comparison windows must be whole calendar years. Choose yearly periods.</source>
        <translation>Este producto de pérdida está fechado solo por año: no se puede dividir en meses ni trimestres, y las ventanas de comparación deben ser años calendario completos. Elija periodos anuales.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="66"/>
        <source>This loss has no dates (a binary mask, or a class raster without its date raster): choose the whole range as the period, or give the loss dates.</source>
        <translation>Esta pérdida no tiene fechas (una máscara binaria, o un ráster de clases sin su ráster de fechas): elija todo el rango como periodo, o indique las fechas de pérdida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="76"/>
        <source>The regions layer has no features. Choose a layer with at least one polygon.</source>
        <translation>La capa de regiones no tiene entidades. Elija una capa con al menos un polígono.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="79"/>
        <source>Cannot read the CSV file {path}.</source>
        <translation>No se puede leer el archivo CSV {path}.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="81"/>
        <source>The CSV lacks the column(s) {missing}. It needs name, start_date and either wkt or region.</source>
        <translation>Al CSV le falta(n) la(s) columna(s) {missing}. Necesita name, start_date y además wkt o region.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="87"/>
        <source>A time series needs at least two images (got {count}). Add the images of the other dates.</source>
        <translation>Una serie temporal necesita al menos dos imágenes (se recibió {count}). Agregue las imágenes de las otras fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="90"/>
        <source>Two images have the same date ({dates}). Give one image per date (merge tiles of one day into one stack first).</source>
        <translation>Dos imágenes tienen la misma fecha ({dates}). Indique una imagen por fecha (una antes en una sola pila los mosaicos de un mismo día).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="93"/>
        <source>No date found for {path}: put YYYYMMDD or YYYY-MM-DD in the file name, or give the Dates parameter.</source>
        <translation>No se encontró la fecha de {path}: ponga AAAAMMDD o AAAA-MM-DD en el nombre del archivo, o indique el parámetro Fechas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="96"/>
        <source>Cannot read the date &apos;{value}&apos;. Write dates as YYYY-MM-DD separated by commas.</source>
        <translation>No se puede leer la fecha '{value}'. Escriba las fechas como AAAA-MM-DD separadas por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="99"/>
        <source>{dates} dates were given for {images} images. Give one date per image, in the same order.</source>
        <translation>Se indicaron {dates} fechas para {images} imágenes. Indique una fecha por imagen, en el mismo orden.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="102"/>
        <source>{masks} masks were given for {images} images. Give one mask per image (or none).</source>
        <translation>Se indicaron {masks} máscaras para {images} imágenes. Indique una máscara por imagen (o ninguna).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="105"/>
        <source>The masks do not match the image dates (no mask for {dates}). Give one mask per image date.</source>
        <translation>Las máscaras no corresponden a las fechas de las imágenes (no hay máscara para {dates}). Indique una máscara por fecha de imagen.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="108"/>
        <source>Observations to confirm must be between 1 and {window} (got {value}).</source>
        <translation>Las observaciones para confirmar deben estar entre 1 y {window} (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="84"/>
        <source>This loss layer does not say which loss is mining: compare all forest loss, or give our class raster or polygons with a kind field.</source>
        <translation>Esta capa de pérdida no indica qué pérdida es minera: compare toda la pérdida de bosque, o indique nuestro ráster de clases o polígonos con un campo kind.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="19"/>
        <source>{role} does not overlap {reference_role}. Choose images (and masks) of the same area.</source>
        <translation>{role} no se superpone con {reference_role}. Elija imágenes (y máscaras) de la misma zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="30"/>
        <source>it looks like a Sentinel-2 SCL mask, not a &apos;{chosen}&apos; mask. Choose the mask type &apos;{looks}&apos;</source>
        <translation>parece una máscara SCL de Sentinel-2, no una máscara «{chosen}». Elija el tipo de máscara «{looks}»</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="33"/>
        <source>it looks like a Landsat QA_PIXEL mask, not a &apos;{chosen}&apos; mask. Choose the mask type &apos;{looks}&apos;</source>
        <translation>parece una máscara QA_PIXEL de Landsat, no una máscara «{chosen}». Elija el tipo de máscara «{looks}»</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="36"/>
        <source>it looks like a binary mask, not a &apos;{chosen}&apos; mask. Choose the mask type &apos;{looks}&apos;</source>
        <translation>parece una máscara binaria, no una máscara «{chosen}». Elija el tipo de máscara «{looks}»</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="41"/>
        <source>{role} does not match the mask type: {reason}.</source>
        <translation>{role} no corresponde al tipo de máscara: {reason}.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="69"/>
        <source>before</source>
        <translation>anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="69"/>
        <source>after</source>
        <translation>posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="71"/>
        <source>The {which} window ({start} to {end}) holds no image: the loss data cover only {first} to {last}. Choose a window inside these dates (or a shorter one), or add images that cover it.</source>
        <translation>La ventana {which} (del {start} al {end}) no contiene ninguna imagen: los datos de pérdida solo cubren del {first} al {last}. Elija una ventana dentro de esas fechas (o una más corta), o agregue imágenes que la cubran.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="138"/>
        <source>it is a Sentinel-2 Level-1C product (top of atmosphere). Download the Level-2A product (MSIL2A) of the same date</source>
        <translation>es un producto Sentinel-2 de nivel 1C (techo de la atmósfera). Descargue el producto de nivel 2A (MSIL2A) de la misma fecha</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="140"/>
        <source>it is a Landsat Level-1 product. Download the Collection 2 Level-2 product (L2SP) of the same date</source>
        <translation>es un producto Landsat de nivel 1. Descargue el producto de nivel 2 de la Colección 2 (L2SP) de la misma fecha</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="142"/>
        <source>the archive or one of its bands cannot be read (an incomplete download?). Download it again</source>
        <translation>no se puede leer el archivo o una de sus bandas (¿descarga incompleta?). Vuelva a descargarlo</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="144"/>
        <source>its metadata does not list the blue, green, red, NIR and SWIR bands and the cloud mask. Give the whole product</source>
        <translation>sus metadatos no indican las bandas azul, verde, roja, NIR y SWIR ni la máscara de nubes. Indique el producto completo</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="146"/>
        <source>its metadata has no acquisition date</source>
        <translation>sus metadatos no tienen fecha de adquisición</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="147"/>
        <source>it holds no Sentinel-2 L2A or Landsat 8/9 Level-2 product (no MTD_MSIL2A.xml or _MTL.txt)</source>
        <translation>no contiene ningún producto Sentinel-2 L2A ni Landsat 8/9 de nivel 2 (no hay MTD_MSIL2A.xml ni _MTL.txt)</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="150"/>
        <source>{role}: {path} cannot be used: {reason}.</source>
        <translation>{role}: no se puede usar {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="154"/>
        <source>It looks like a &apos;{suggestion}&apos;; choose that preset.</source>
        <translation>Parece una «{suggestion}»: elija ese perfil.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="157"/>
        <source>Check the band order and choose the Custom preset with its scale and offset.</source>
        <translation>Revise el orden de las bandas y elija el perfil Personalizado con su escala y desplazamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="159"/>
        <source>With the sensor preset &apos;{preset}&apos;, {role} gives reflectances no surface has (below -0.05 or above 1.5). {advice}</source>
        <translation>Con el perfil de sensor «{preset}», {role} da reflectancias que ninguna superficie tiene (menos de -0,05 o más de 1,5). {advice}</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="163"/>
        <source>{before_role} is dated {before}, after {after_role} ({after}): the images are swapped. Give the earlier image as {before_role}.</source>
        <translation>{before_role} tiene fecha {before}, posterior a {after_role} ({after}): las imágenes están invertidas. Indique la imagen más antigua como {before_role}.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="166"/>
        <source>{role} does not overlap the image. Draw the area of interest over the image, or leave it empty.</source>
        <translation>{role} no se superpone con la imagen. Dibuje el área de interés sobre la imagen, o déjela vacía.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="170"/>
        <source>Every pixel is masked (clouds, shadows or no data) on at least one date, so no loss could be measured and no output was written. Check the mask type and the masks, or choose clearer images.</source>
        <translation>Todos los píxeles están enmascarados (nubes, sombras o sin datos) en al menos una fecha: no se pudo medir ninguna pérdida y no se escribió ningún resultado. Revise el tipo de máscara y las máscaras, o elija imágenes más despejadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="169"/>
        <source>The cloud-edge buffer must be zero or more metres (got {value}).</source>
        <translation>El margen de borde de nube debe ser de cero metros o más (se indicó {value}).</translation>
    </message>
</context>
<context>
    <name>DetectTimeSeries</name>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="59"/>
        <source>Detect mining loss (time series)</source>
        <translation>Detectar pérdida minera (serie temporal)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="94"/>
        <source>Cloud masks</source>
        <translation>Máscaras de nubes</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="96"/>
        <source>Dates (YYYY-MM-DD, one per image, when the names carry none)</source>
        <translation>Fechas (AAAA-MM-DD, una por imagen, si los nombres no las llevan)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="100"/>
        <source>Observations to confirm</source>
        <translation>Observaciones para confirmar</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="113"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="114"/>
        <source>Loss dates</source>
        <translation>Fechas de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="115"/>
        <source>Loss confidence</source>
        <translation>Confianza de la pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="117"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="117"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="117"/>
        <source>Confirmed loss (ha)</source>
        <translation>Pérdida confirmada (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="117"/>
        <source>Probable loss (ha)</source>
        <translation>Pérdida probable (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="117"/>
        <source>Never clear (fraction)</source>
        <translation>Nunca despejado (fracción)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="149"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="149"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="149"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="149"/>
        <source>Probable loss</source>
        <translation>Pérdida probable</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="149"/>
        <source>Confirmed loss</source>
        <translation>Pérdida confirmada</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="165"/>
        <source>{count} images from {first} to {last}. Mining loss: {mining} ha; other forest loss: {other} ha; confirmed: {confirmed} ha; probable: {probable} ha (confirmation: {confirm} of the next {window} clear observations within {days} days).</source>
        <translation>{count} imágenes del {first} al {last}. Pérdida por minería: {mining} ha; otra pérdida de bosque: {other} ha; confirmada: {confirmed} ha; probable: {probable} ha (confirmación: {confirm} de las {window} observaciones despejadas siguientes dentro de {days} días).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="103"/>
        <source>Forest when the series starts (optional mask, non-zero = forest)</source>
        <translation>Bosque al inicio de la serie (máscara opcional, distinto de cero = bosque)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="107"/>
        <source>For example Hansen treecover2000 &gt;= 30 %. Only this forest is watched, and forest hidden by clouds on the first dates is compared with the scene&apos;s typical forest, so its loss can still be dated.</source>
        <translation>Por ejemplo treecover2000 de Hansen &gt;= 30 %. Solo se vigila este bosque, y el bosque oculto por nubes en las primeras fechas se compara con el bosque típico de la escena, de modo que su pérdida aún puede fecharse.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="91"/>
        <source>Images (products, product folders or band stacks)</source>
        <translation>Imágenes (productos, carpetas de productos o pilas de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_time_series.py" line="62"/>
        <source>&lt;p&gt;Finds &lt;b&gt;when&lt;/b&gt; forest was lost over a series of images (2 to 100 or more), and whether it was mining or other loss, the way GLAD and RADD alerts work, offline and with rules you can explain.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Images as downloaded&lt;/b&gt;: each image can be a Sentinel-2 L2A &lt;i&gt;.zip&lt;/i&gt;/&lt;i&gt;.SAFE&lt;/i&gt;/&lt;i&gt;MTD_MSIL2A.xml&lt;/i&gt; or a Landsat 8/9 Collection 2 Level-2 &lt;i&gt;.tar&lt;/i&gt;/folder/&lt;i&gt;_MTL.txt&lt;/i&gt;, and a folder of such products stands for all of them. Each product gives its bands, scale and offset, cloud mask and date. An optional area of interest limits the work to a rectangle. Masks grow by the cloud-edge buffer (20 m, advanced parameters), where thin cloud and haze escape every mask.&lt;/p&gt;&lt;p&gt;Band stacks: dates come from the file names (YYYYMMDD or YYYY-MM-DD), else from GDAL metadata (ACQUISITION_DATE, TIFFTAG_DATETIME), else from the Dates parameter (one per image, in the order given). Images are sorted by date. Masks are matched by the date in their names, or by order.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Every image is normalised to the clearest one on forest that is dense on both (as in the two-date detection), so seasons and haze differences cancel.&lt;/li&gt;&lt;li&gt;Per pixel, clear forest observations build a baseline; the first clear observation that the two-date rule calls loss against that baseline &lt;b&gt;flags&lt;/b&gt; the pixel on its date.&lt;/li&gt;&lt;li&gt;The flag is &lt;b&gt;confirmed&lt;/b&gt; when at least &apos;Observations to confirm&apos; of the next 4 clear observations within 180 days also show loss. It is &lt;b&gt;dropped&lt;/b&gt; when a later clear observation shows forest or as soon as it can no longer be confirmed (a hazy date, a shadow). Flags still open at the end of the series stay &lt;b&gt;probable&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Mining or other loss is decided from the observations after the flag (ponds, tailings, bare ground, grass) and then per patch, as in the two-date detection; patches under the minimum area are removed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;With a forest mask (forest when the series starts), only that forest is watched and forest not yet seen clear is compared with the scene&apos;s typical dense forest.&lt;/p&gt;&lt;p&gt;Outputs: classes (0, 1 mining, 2 other, 255 never clear), loss date (YYYYMMDD of the flag) and confidence (2 probable, 3 confirmed).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra &lt;b&gt;cuándo&lt;/b&gt; se perdió el bosque a lo largo de una serie de imágenes (de 2 a 100 o más), y si fue pérdida por minería u otra pérdida, como funcionan las alertas GLAD y RADD, sin conexión y con reglas que se pueden explicar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Imágenes tal como se descargan&lt;/b&gt;: cada imagen puede ser un &lt;i&gt;.zip&lt;/i&gt;/&lt;i&gt;.SAFE&lt;/i&gt;/&lt;i&gt;MTD_MSIL2A.xml&lt;/i&gt; de Sentinel-2 L2A o un &lt;i&gt;.tar&lt;/i&gt;/carpeta/&lt;i&gt;_MTL.txt&lt;/i&gt; de Landsat 8/9 Colección 2 nivel 2, y una carpeta de tales productos los representa a todos. Cada producto da sus bandas, escala y desplazamiento, máscara de nubes y fecha. Un área de interés opcional limita el trabajo a un rectángulo. Las máscaras crecen según el margen de borde de nube (20 m, parámetros avanzados), donde las nubes finas y la bruma escapan a toda máscara.&lt;/p&gt;&lt;p&gt;Pilas de bandas: las fechas se toman de los nombres de archivo (AAAAMMDD o AAAA-MM-DD), si no de los metadatos GDAL (ACQUISITION_DATE, TIFFTAG_DATETIME), si no del parámetro Fechas (una por imagen, en el orden dado). Las imágenes se ordenan por fecha. Las máscaras se asocian por la fecha de su nombre, o por orden.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Cada imagen se normaliza a la más despejada sobre el bosque que es denso en ambas (como en la detección de dos fechas), de modo que se cancelan las diferencias de estación y de bruma.&lt;/li&gt;&lt;li&gt;Por píxel, las observaciones despejadas de bosque forman una línea base; la primera observación despejada que la regla de dos fechas considera pérdida frente a esa línea base &lt;b&gt;marca&lt;/b&gt; el píxel en su fecha.&lt;/li&gt;&lt;li&gt;La marca se &lt;b&gt;confirma&lt;/b&gt; cuando al menos 'Observaciones para confirmar' de las 4 observaciones despejadas siguientes dentro de 180 días también muestran pérdida. Se &lt;b&gt;descarta&lt;/b&gt; cuando una observación despejada posterior muestra bosque o en cuanto ya no puede confirmarse (una fecha con bruma, una sombra). Las marcas aún abiertas al final de la serie quedan como &lt;b&gt;probables&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;La pérdida minera u otra se decide con las observaciones posteriores a la marca (pozas, relaves, suelo desnudo, pasto) y luego por parche, como en la detección de dos fechas; se eliminan los parches menores que el área mínima.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Con una máscara de bosque (bosque al inicio de la serie), solo se vigila ese bosque y el bosque aún no visto despejado se compara con el bosque denso típico de la escena.&lt;/p&gt;&lt;p&gt;Salidas: clases (0, 1 minería, 2 otra, 255 nunca despejado), fecha de pérdida (AAAAMMDD de la marca) y confianza (2 probable, 3 confirmada).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DetectTwoDates</name>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="48"/>
        <source>Detect mining loss (two dates)</source>
        <translation>Detectar pérdida minera (dos fechas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="97"/>
        <source>Cloud mask of the image before</source>
        <translation>Máscara de nubes de la imagen anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="99"/>
        <source>Cloud mask of the image after</source>
        <translation>Máscara de nubes de la imagen posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="104"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="105"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="106"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="107"/>
        <source>Masked fraction</source>
        <translation>Fracción enmascarada</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="108"/>
        <source>Area method</source>
        <translation>Método de cálculo del área</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="114"/>
        <source>Cloud/shadow mask of the earlier date. Empty: spectral cloud screen.</source>
        <translation>Máscara de nubes y sombras de la fecha anterior. Vacía: filtro espectral de nubes.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="115"/>
        <source>Cloud/shadow mask of the later date. Empty: spectral cloud screen.</source>
        <translation>Máscara de nubes y sombras de la fecha posterior. Vacía: filtro espectral de nubes.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="143"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="143"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="143"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="148"/>
        <source>Mining loss: {mining} ha; other forest loss: {other} ha; masked: {masked} % ({method} areas).</source>
        <translation>Pérdida por minería: {mining} ha; otra pérdida de bosque: {other} ha; enmascarado: {masked} % (áreas {method}).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="148"/>
        <source>ellipsoidal</source>
        <translation>elipsoidales</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="148"/>
        <source>planar</source>
        <translation>planas</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="91"/>
        <source>Image before (product or band stack)</source>
        <translation>Imagen anterior (producto o pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="93"/>
        <source>Image after (product or band stack)</source>
        <translation>Imagen posterior (producto o pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="110"/>
        <source>The earlier date: a Sentinel-2 L2A .zip/.SAFE/MTD_MSIL2A.xml, a Landsat C2 L2 .tar/folder/_MTL.txt, or a band stack in the order of the sensor preset.</source>
        <translation>La fecha anterior: un .zip/.SAFE/MTD_MSIL2A.xml de Sentinel-2 L2A, un .tar/carpeta/_MTL.txt de Landsat C2 L2, o una pila de bandas en el orden del perfil de sensor.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="112"/>
        <source>The later date, as a product or a band stack; warped to the earlier image&apos;s grid if needed.</source>
        <translation>La fecha posterior, como producto o pila de bandas; se reproyecta a la grilla de la imagen anterior si hace falta.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="51"/>
        <source>&lt;p&gt;Finds forest that was lost between a BEFORE and an AFTER image and tells &lt;b&gt;mining loss&lt;/b&gt; (bare tailings and mining ponds) from &lt;b&gt;other forest loss&lt;/b&gt; (pasture, crops, bare farm soil, burns, roads).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Images as downloaded&lt;/b&gt;: give each image as the product you downloaded, a Sentinel-2 L2A &lt;i&gt;.zip&lt;/i&gt; (or its &lt;i&gt;.SAFE&lt;/i&gt; folder or &lt;i&gt;MTD_MSIL2A.xml&lt;/i&gt;) or a Landsat 8/9 Collection 2 Level-2 &lt;i&gt;.tar&lt;/i&gt; (or its folder or &lt;i&gt;_MTL.txt&lt;/i&gt;). The product gives the bands, the reflectance scale and offset, the cloud mask and the date: the sensor preset, masks and mask type are then not used. Band stacks work as before. The image before must not be later than the image after. An optional area of interest limits the work to a rectangle of the image before.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The rule, step by step&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Reflectance from the sensor preset (for Sentinel-2 L2A, DN/10000; baseline 04.00+ subtracts 1000 first). AFTER and the masks are warped on the fly to BEFORE&apos;s grid.&lt;/li&gt;&lt;li&gt;Pixels masked on either date (SCL classes 0, 1, 3, 8, 9, 10, 11; QA_PIXEL fill, cloud, cirrus, shadow bits; non-zero binary mask) become 255, and so do pixels within the cloud-edge buffer (20 m, at least one pixel) of them, where thin cloud and haze escape every mask. Without a mask, a spectral screen masks bright blue clouds (blue &amp;gt; 0.18), white haze (blue &amp;gt; 0.06 and &amp;gt; 0.9 x red) and dark shadows (NIR &amp;lt; 0.07 and SWIR1 &amp;lt; 0.05, not water).&lt;/li&gt;&lt;li&gt;AFTER is normalised to BEFORE band by band with a line fitted through the 10th-90th percentiles of pixels that are dense forest (NDVI &amp;gt; 0.7) on both dates, so season, sun and haze differences cancel.&lt;/li&gt;&lt;li&gt;Forest in BEFORE: NDVI &amp;ge; 0.60, NBR &amp;ge; 0.45, not water. Lost in AFTER: NBR fell by &amp;ge; 0.12 to &amp;le; 0.55, or red reflectance rose 1.7 times with NDVI down by &amp;ge; 0.05, red above blue and SWIR2 up 1.25 times (grass: haze brightens blue and NIR but hardly SWIR2), or the pixel became water (MNDWI &amp;gt; 0.10 and NIR &amp;lt; 0.15). Without SWIR bands: NDVI fell by &amp;ge; 0.20 to &amp;le; 0.60, water by NDWI.&lt;/li&gt;&lt;li&gt;Each lost pixel is a pond (new water), tailings-like (bright, pale: redness &amp;le; 0.31 and visible reflectance &amp;ge; 0.07), other bare ground, or vegetated clearing (NDVI &amp;ge; 0.45).&lt;/li&gt;&lt;li&gt;Lost pixels are grouped in 8-connected patches. A patch is &lt;b&gt;mining&lt;/b&gt; when it holds new ponds (at least 3 pixels and 2% of the patch), or when tailings-like ground is at least half of its bare ground and it holds some new water; otherwise it is &lt;b&gt;other forest loss&lt;/b&gt;. Vegetated clearings inside a mining patch stay other loss. Patches smaller than the minimum area are removed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Outputs: class raster (0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked), hectares of each class (ellipsoidal when the raster is in a geographic CRS) and the masked fraction.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra el bosque que se perdió entre una imagen ANTES y una imagen DESPUÉS y distingue la &lt;b&gt;pérdida por minería&lt;/b&gt; (relaves desnudos y pozas mineras) de la &lt;b&gt;otra pérdida de bosque&lt;/b&gt; (pastos, cultivos, suelo agrícola desnudo, quemas, caminos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Imágenes tal como se descargan&lt;/b&gt;: indique cada imagen como el producto descargado, un &lt;i&gt;.zip&lt;/i&gt; de Sentinel-2 L2A (o su carpeta &lt;i&gt;.SAFE&lt;/i&gt; o su &lt;i&gt;MTD_MSIL2A.xml&lt;/i&gt;) o un &lt;i&gt;.tar&lt;/i&gt; de Landsat 8/9 Colección 2 nivel 2 (o su carpeta o su &lt;i&gt;_MTL.txt&lt;/i&gt;). El producto da las bandas, la escala y el desplazamiento de la reflectancia, la máscara de nubes y la fecha: el perfil de sensor, las máscaras y el tipo de máscara no se usan entonces. Las pilas de bandas funcionan como antes. La imagen anterior no puede ser posterior a la imagen posterior. Un área de interés opcional limita el trabajo a un rectángulo de la imagen anterior.&lt;/p&gt;&lt;p&gt;&lt;b&gt;La regla, paso a paso&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Reflectancia según el perfil de sensor (para Sentinel-2 L2A, DN/10000; la línea base 04.00+ resta antes 1000). La imagen DESPUÉS y las máscaras se reproyectan al vuelo a la grilla de la imagen ANTES.&lt;/li&gt;&lt;li&gt;Los píxeles enmascarados en cualquiera de las fechas (clases SCL 0, 1, 3, 8, 9, 10, 11; bits de relleno, nube, cirro y sombra de QA_PIXEL; máscara binaria distinta de cero) pasan a 255, igual que los píxeles a menos del margen de borde de nube (20 m, al menos un píxel) de ellos, donde las nubes finas y la bruma escapan a toda máscara. Sin máscara, un filtro espectral enmascara las nubes brillantes en azul (azul &amp;gt; 0,18), la bruma blanca (azul &amp;gt; 0,06 y &amp;gt; 0,9 x rojo) y las sombras oscuras (NIR &amp;lt; 0,07 y SWIR1 &amp;lt; 0,05, sin ser agua).&lt;/li&gt;&lt;li&gt;La imagen DESPUÉS se normaliza a la imagen ANTES banda por banda con una recta ajustada a los percentiles 10 a 90 de los píxeles que son bosque denso (NDVI &amp;gt; 0,7) en ambas fechas, de modo que se cancelan las diferencias de estación, sol y bruma.&lt;/li&gt;&lt;li&gt;Bosque en ANTES: NDVI &amp;ge; 0,60, NBR &amp;ge; 0,45, sin ser agua. Perdido en DESPUÉS: el NBR bajó &amp;ge; 0,12 hasta &amp;le; 0,55, o la reflectancia roja subió 1,7 veces con el NDVI bajando &amp;ge; 0,05, el rojo por encima del azul y el SWIR2 subiendo 1,25 veces (pasto: la bruma aclara el azul y el NIR pero apenas el SWIR2), o el píxel se volvió agua (MNDWI &amp;gt; 0,10 y NIR &amp;lt; 0,15). Sin bandas SWIR: el NDVI bajó &amp;ge; 0,20 hasta &amp;le; 0,60, y el agua se detecta con el NDWI.&lt;/li&gt;&lt;li&gt;Cada píxel perdido es una poza (agua nueva), parecido a relave (brillante y pálido: rojez &amp;le; 0,31 y reflectancia visible &amp;ge; 0,07), otro suelo desnudo o un desbroce con vegetación (NDVI &amp;ge; 0,45).&lt;/li&gt;&lt;li&gt;Los píxeles perdidos se agrupan en parches conectados en 8 direcciones. Un parche es &lt;b&gt;minería&lt;/b&gt; cuando contiene pozas nuevas (al menos 3 píxeles y el 2 % del parche), o cuando el suelo parecido a relave es al menos la mitad de su suelo desnudo y contiene algo de agua nueva; si no, es &lt;b&gt;otra pérdida de bosque&lt;/b&gt;. Los desbroces con vegetación dentro de un parche minero siguen siendo otra pérdida. Se eliminan los parches menores que el área mínima.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Salidas: ráster de clases (0 sin pérdida de bosque, 1 pérdida por minería, 2 otra pérdida de bosque, 255 enmascarado), hectáreas de cada clase (elipsoidales cuando el ráster está en un SRC geográfico) y la fracción enmascarada.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageInputs</name>
    <message>
        <location filename="../algorithms/image_inputs.py" line="55"/>
        <source>Incorrect value for {label}.</source>
        <translation>Valor incorrecto para {label}.</translation>
    </message>
    <message>
        <location filename="../algorithms/image_inputs.py" line="61"/>
        <source>Area of interest (optional)</source>
        <translation>Área de interés (opcional)</translation>
    </message>
    <message>
        <location filename="../algorithms/image_inputs.py" line="64"/>
        <source>Only this rectangle is read and written, e.g. La Pampa out of a whole Sentinel-2 tile. Empty: the whole image before (the first image of a series).</source>
        <translation>Solo se lee y se escribe este rectángulo, p. ej. La Pampa dentro de una tesela Sentinel-2 completa. Vacío: toda la imagen anterior (la primera imagen de una serie).</translation>
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
        <location filename="../algorithms/import_operations.py" line="69"/>
        <source>unreadable date &apos;{detail}&apos; (use YYYY-MM-DD)</source>
        <translation>fecha ilegible '{detail}' (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="70"/>
        <source>end date {detail} is before the start date</source>
        <translation>la fecha de fin {detail} es anterior a la fecha de inicio</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="71"/>
        <source>unreadable area WKT &apos;{detail}&apos;</source>
        <translation>WKT del área ilegible '{detail}'</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="72"/>
        <source>region &apos;{detail}&apos; is not in the regions layer</source>
        <translation>la región '{detail}' no está en la capa de regiones</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="73"/>
        <source>no area: give wkt or region</source>
        <translation>sin área: indique wkt o region</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="97"/>
        <source>Line {line}: {problem}; row left out.</source>
        <translation>Línea {line}: {problem}; fila dejada fuera.</translation>
    </message>
    <message>
        <location filename="../algorithms/import_operations.py" line="108"/>
        <source>{count} operations imported, {rejected} rows left out.</source>
        <translation>{count} operativos importados, {rejected} filas dejadas fuera.</translation>
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
        <location filename="../algorithms/base.py" line="28"/>
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
        <location filename="../algorithms/sensor_parameters.py" line="21"/>
        <source>Sensor preset</source>
        <translation>Perfil de sensor</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="21"/>
        <source>Sentinel-2 L2A stack</source>
        <translation>Pila Sentinel-2 L2A</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="21"/>
        <source>Sentinel-2 L2A stack, baseline 04.00+</source>
        <translation>Pila Sentinel-2 L2A, línea base 04.00+</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="21"/>
        <source>Landsat 8/9 C2 L2 stack</source>
        <translation>Pila Landsat 8/9 C2 L2</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="21"/>
        <source>Blue, green, red, NIR</source>
        <translation>Azul, verde, rojo, NIR</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="21"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="32"/>
        <source>Mask type</source>
        <translation>Tipo de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="32"/>
        <source>Sentinel-2 SCL</source>
        <translation>SCL de Sentinel-2</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="32"/>
        <source>Landsat QA_PIXEL</source>
        <translation>QA_PIXEL de Landsat</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="32"/>
        <source>Binary (non-zero = masked)</source>
        <translation>Binaria (distinto de cero = enmascarado)</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="38"/>
        <source>Minimum mapping unit (ha)</source>
        <translation>Unidad mínima de mapeo (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="42"/>
        <source>Loss patches smaller than this many hectares are removed.</source>
        <translation>Se eliminan los parches de pérdida menores que estas hectáreas.</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="62"/>
        <source>Custom band numbers: blue, green, red, NIR[, SWIR1, SWIR2]</source>
        <translation>Números de banda personalizados: azul, verde, rojo, NIR[, SWIR1, SWIR2]</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="65"/>
        <source>Custom reflectance scale</source>
        <translation>Escala de reflectancia personalizada</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="68"/>
        <source>Custom reflectance offset</source>
        <translation>Desplazamiento de reflectancia personalizado</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="48"/>
        <source>Cloud-edge buffer (m)</source>
        <translation>Margen de borde de nube (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/sensor_parameters.py" line="53"/>
        <source>Masked pixels (clouds, shadows, no data, the spectral screen) grow by this many metres, at least one pixel: thin cloud and haze at cloud edges escape every mask. 0 = masks as they are.</source>
        <translation>Los píxeles enmascarados (nubes, sombras, sin datos, el filtro espectral) crecen esta cantidad de metros, al menos un píxel: las nubes finas y la bruma en los bordes de las nubes escapan a toda máscara. 0 = las máscaras tal como están.</translation>
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
        <translation>Las regiones no se superponen con la pérdida de bosque: la pérdida cubre {loss} y las regiones cubren {regions} (longitud/latitud, WGS 84). Elija regiones de la misma zona, o compruebe que ambas capas tengan el sistema de referencia de coordenadas correcto.</translation>
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
