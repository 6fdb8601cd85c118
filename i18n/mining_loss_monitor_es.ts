<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
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
        <location filename="../algorithms/messages.py" line="19"/>
        <source>{role} does not overlap the BEFORE image. Choose images (and masks) of the same area.</source>
        <translation>{role} no se superpone con la imagen ANTES (BEFORE). Elija imágenes (y máscaras) de la misma zona.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="23"/>
        <source>it has {found} bands, a mask has one</source>
        <translation>tiene {found} bandas y una máscara tiene una sola</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="25"/>
        <source>its values are not integers</source>
        <translation>sus valores no son enteros</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="26"/>
        <source>its values are outside the Sentinel-2 SCL classes 0 to 11</source>
        <translation>sus valores están fuera de las clases SCL de Sentinel-2 (0 a 11)</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="27"/>
        <source>its values are outside the Landsat QA_PIXEL range</source>
        <translation>sus valores están fuera del rango de QA_PIXEL de Landsat</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="29"/>
        <source>{role} is not a valid mask: {reason}. Give the cloud mask of the same date and choose the matching mask type.</source>
        <translation>{role} no es una máscara válida: {reason}. Indique la máscara de nubes de la misma fecha y elija el tipo de máscara correspondiente.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="33"/>
        <source>Cannot write {path}: the folder does not exist or is read-only. Choose another output location.</source>
        <translation>No se puede escribir {path}: la carpeta no existe o es de solo lectura. Elija otra ubicación de salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="36"/>
        <source>The minimum area must be zero or more hectares (got {value}).</source>
        <translation>El área mínima debe ser de cero o más hectáreas (se recibió {value}).</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="38"/>
        <source>Custom bands must be 4 or 6 band numbers separated by commas (blue, green, red, NIR[, SWIR1, SWIR2]); got &apos;{text}&apos;.</source>
        <translation>Las bandas personalizadas deben ser 4 o 6 números de banda separados por comas (azul, verde, rojo, NIR[, SWIR1, SWIR2]); se recibió '{text}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="41"/>
        <source>{role} is not a loss class raster of this plugin (one byte band with values 0, 1, 2 and 255). Run &apos;Detect mining loss&apos; first and give its output.</source>
        <translation>{role} no es un ráster de clases de pérdida de este complemento (una banda de un byte con valores 0, 1, 2 y 255). Ejecute primero 'Detectar pérdida minera' e indique su salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="45"/>
        <source>{role} is not on the same grid as the class raster. Give the date and confidence rasters written by the same detection run.</source>
        <translation>{role} no está en la misma grilla que el ráster de clases. Indique los rásteres de fecha y de confianza escritos por la misma detección.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="47"/>
        <source>Invalid input: {code}</source>
        <translation>Entrada no válida: {code}</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="51"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Cancelado por el usuario; no se escribió ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/messages.py" line="55"/>
        <source>Every pixel is masked (clouds, shadows or no data) on at least one date: no loss could be measured. Choose clearer images.</source>
        <translation>Todos los píxeles están enmascarados (nubes, sombras o sin datos) en al menos una fecha: no se pudo medir ninguna pérdida. Elija imágenes más despejadas.</translation>
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
        <location filename="../algorithms/detect_two_dates.py" line="49"/>
        <source>&lt;p&gt;Finds forest that was lost between a BEFORE and an AFTER image and tells &lt;b&gt;mining loss&lt;/b&gt; (bare tailings and mining ponds) from &lt;b&gt;other forest loss&lt;/b&gt; (pasture, crops, bare farm soil, burns, roads).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The rule, step by step&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Reflectance from the sensor preset (for Sentinel-2 L2A, DN/10000; baseline 04.00+ subtracts 1000 first). AFTER and the masks are warped on the fly to BEFORE&apos;s grid.&lt;/li&gt;&lt;li&gt;Pixels masked on either date (SCL classes 0, 1, 3, 8, 9, 10, 11; QA_PIXEL fill, cloud, cirrus, shadow bits; non-zero binary mask) become 255. Without a mask, a spectral screen masks bright blue clouds (blue &amp;gt; 0.18), white haze (blue &amp;gt; 0.06 and &amp;gt; 0.9 x red) and dark shadows (NIR &amp;lt; 0.07 and SWIR1 &amp;lt; 0.05, not water).&lt;/li&gt;&lt;li&gt;AFTER is normalised to BEFORE band by band with a line fitted through the 10th-90th percentiles of pixels that are dense forest (NDVI &amp;gt; 0.7) on both dates, so season, sun and haze differences cancel.&lt;/li&gt;&lt;li&gt;Forest in BEFORE: NDVI &amp;ge; 0.60, NBR &amp;ge; 0.45, not water. Lost in AFTER: NBR fell by &amp;ge; 0.12 to &amp;le; 0.55, or red reflectance rose 1.7 times with NDVI down by &amp;ge; 0.07 (grass), or the pixel became water (MNDWI &amp;gt; 0.10 and NIR &amp;lt; 0.15). Without SWIR bands: NDVI fell by &amp;ge; 0.20 to &amp;le; 0.60, water by NDWI.&lt;/li&gt;&lt;li&gt;Each lost pixel is a pond (new water), tailings-like (bright, pale: redness &amp;le; 0.31 and visible reflectance &amp;ge; 0.07), other bare ground, or vegetated clearing (NDVI &amp;ge; 0.45).&lt;/li&gt;&lt;li&gt;Lost pixels are grouped in 8-connected patches. A patch is &lt;b&gt;mining&lt;/b&gt; when it holds new ponds (at least 3 pixels and 2% of the patch) or when tailings-like ground is at least half of its bare ground; otherwise it is &lt;b&gt;other forest loss&lt;/b&gt;. Vegetated clearings inside a mining patch stay other loss. Patches smaller than the minimum area are removed.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Outputs: class raster (0 no forest loss, 1 mining loss, 2 other forest loss, 255 masked), hectares of each class (ellipsoidal when the raster is in a geographic CRS) and the masked fraction.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encuentra el bosque que se perdió entre una imagen ANTES y una imagen DESPUÉS y distingue la &lt;b&gt;pérdida por minería&lt;/b&gt; (relaves desnudos y pozas mineras) de la &lt;b&gt;otra pérdida de bosque&lt;/b&gt; (pastos, cultivos, suelo agrícola desnudo, quemas, caminos).&lt;/p&gt;&lt;p&gt;&lt;b&gt;La regla, paso a paso&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Reflectancia según el perfil de sensor (para Sentinel-2 L2A, DN/10000; la línea base 04.00+ resta antes 1000). La imagen DESPUÉS y las máscaras se reproyectan al vuelo a la grilla de la imagen ANTES.&lt;/li&gt;&lt;li&gt;Los píxeles enmascarados en cualquiera de las fechas (clases SCL 0, 1, 3, 8, 9, 10, 11; bits de relleno, nube, cirro y sombra de QA_PIXEL; máscara binaria distinta de cero) pasan a 255. Sin máscara, un filtro espectral enmascara las nubes brillantes en azul (azul &amp;gt; 0,18), la bruma blanca (azul &amp;gt; 0,06 y &amp;gt; 0,9 x rojo) y las sombras oscuras (NIR &amp;lt; 0,07 y SWIR1 &amp;lt; 0,05, sin ser agua).&lt;/li&gt;&lt;li&gt;La imagen DESPUÉS se normaliza a la imagen ANTES banda por banda con una recta ajustada a los percentiles 10 a 90 de los píxeles que son bosque denso (NDVI &amp;gt; 0,7) en ambas fechas, de modo que se cancelan las diferencias de estación, sol y bruma.&lt;/li&gt;&lt;li&gt;Bosque en ANTES: NDVI &amp;ge; 0,60, NBR &amp;ge; 0,45, sin ser agua. Perdido en DESPUÉS: el NBR bajó &amp;ge; 0,12 hasta &amp;le; 0,55, o la reflectancia roja subió 1,7 veces con el NDVI bajando &amp;ge; 0,07 (pasto), o el píxel se volvió agua (MNDWI &amp;gt; 0,10 y NIR &amp;lt; 0,15). Sin bandas SWIR: el NDVI bajó &amp;ge; 0,20 hasta &amp;le; 0,60, y el agua se detecta con el NDWI.&lt;/li&gt;&lt;li&gt;Cada píxel perdido es una poza (agua nueva), parecido a relave (brillante y pálido: rojez &amp;le; 0,31 y reflectancia visible &amp;ge; 0,07), otro suelo desnudo o un desbroce con vegetación (NDVI &amp;ge; 0,45).&lt;/li&gt;&lt;li&gt;Los píxeles perdidos se agrupan en parches conectados en 8 direcciones. Un parche es &lt;b&gt;minería&lt;/b&gt; cuando contiene pozas nuevas (al menos 3 píxeles y el 2 % del parche) o cuando el suelo parecido a relave es al menos la mitad de su suelo desnudo; si no, es &lt;b&gt;otra pérdida de bosque&lt;/b&gt;. Los desbroces con vegetación dentro de un parche minero siguen siendo otra pérdida. Se eliminan los parches menores que el área mínima.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Salidas: ráster de clases (0 sin pérdida de bosque, 1 pérdida por minería, 2 otra pérdida de bosque, 255 enmascarado), hectáreas de cada clase (elipsoidales cuando el ráster está en un SRC geográfico) y la fracción enmascarada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="79"/>
        <source>Image before (band stack)</source>
        <translation>Imagen anterior (pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="80"/>
        <source>Image after (band stack)</source>
        <translation>Imagen posterior (pila de bandas)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="81"/>
        <source>Sensor preset</source>
        <translation>Perfil de sensor</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="81"/>
        <source>Sentinel-2 L2A stack</source>
        <translation>Pila Sentinel-2 L2A</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="81"/>
        <source>Sentinel-2 L2A stack, baseline 04.00+</source>
        <translation>Pila Sentinel-2 L2A, línea base 04.00+</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="81"/>
        <source>Landsat 8/9 C2 L2 stack</source>
        <translation>Pila Landsat 8/9 C2 L2</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="81"/>
        <source>Blue, green, red, NIR</source>
        <translation>Azul, verde, rojo, NIR</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="81"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="88"/>
        <source>Cloud mask of the image before</source>
        <translation>Máscara de nubes de la imagen anterior</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="90"/>
        <source>Cloud mask of the image after</source>
        <translation>Máscara de nubes de la imagen posterior</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="92"/>
        <source>Mask type</source>
        <translation>Tipo de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="92"/>
        <source>Sentinel-2 SCL</source>
        <translation>SCL de Sentinel-2</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="92"/>
        <source>Landsat QA_PIXEL</source>
        <translation>QA_PIXEL de Landsat</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="92"/>
        <source>Binary (non-zero = masked)</source>
        <translation>Binaria (distinto de cero = enmascarado)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="97"/>
        <source>Minimum mapping unit (ha)</source>
        <translation>Unidad mínima de mapeo (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="101"/>
        <source>Custom band numbers: blue, green, red, NIR[, SWIR1, SWIR2]</source>
        <translation>Números de banda personalizados: azul, verde, rojo, NIR[, SWIR1, SWIR2]</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="103"/>
        <source>Custom reflectance scale</source>
        <translation>Escala de reflectancia personalizada</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="105"/>
        <source>Custom reflectance offset</source>
        <translation>Desplazamiento de reflectancia personalizado</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="111"/>
        <source>Loss classes</source>
        <translation>Clases de pérdida</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="112"/>
        <source>Mining loss (ha)</source>
        <translation>Pérdida por minería (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="113"/>
        <source>Other forest loss (ha)</source>
        <translation>Otra pérdida de bosque (ha)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="114"/>
        <source>Masked fraction</source>
        <translation>Fracción enmascarada</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="115"/>
        <source>Area method</source>
        <translation>Método de cálculo del área</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="117"/>
        <source>Band stack of the earlier date, bands in the order of the sensor preset.</source>
        <translation>Pila de bandas de la fecha anterior, con las bandas en el orden del perfil de sensor.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="118"/>
        <source>Band stack of the later date; warped to the earlier image&apos;s grid if needed.</source>
        <translation>Pila de bandas de la fecha posterior; se reproyecta a la grilla de la imagen anterior si hace falta.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="119"/>
        <source>Cloud/shadow mask of the earlier date. Empty: spectral cloud screen.</source>
        <translation>Máscara de nubes y sombras de la fecha anterior. Vacía: filtro espectral de nubes.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="120"/>
        <source>Cloud/shadow mask of the later date. Empty: spectral cloud screen.</source>
        <translation>Máscara de nubes y sombras de la fecha posterior. Vacía: filtro espectral de nubes.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="121"/>
        <source>Loss patches smaller than this many hectares are removed.</source>
        <translation>Se eliminan los parches de pérdida menores que estas hectáreas.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="158"/>
        <source>No forest loss</source>
        <translation>Sin pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="158"/>
        <source>Mining loss</source>
        <translation>Pérdida por minería</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="158"/>
        <source>Other forest loss</source>
        <translation>Otra pérdida de bosque</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="165"/>
        <source>Mining loss: {mining} ha; other forest loss: {other} ha; masked: {masked} % ({method} areas).</source>
        <translation>Pérdida por minería: {mining} ha; otra pérdida de bosque: {other} ha; enmascarado: {masked} % (áreas {method}).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="165"/>
        <source>ellipsoidal</source>
        <translation>elipsoidales</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_two_dates.py" line="165"/>
        <source>planar</source>
        <translation>planas</translation>
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
        <location filename="../plugin/main.py" line="36"/>
        <source>Detect mining loss (two dates)…</source>
        <translation>Detectar pérdida minera (dos fechas)…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="51"/>
        <source>Mining Loss Monitor</source>
        <translation>Monitor de Pérdida por Minería</translation>
    </message>
</context>
<context>
    <name>MiningLossProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="21"/>
        <source>Mining Loss Monitor</source>
        <translation>Monitor de Pérdida por Minería</translation>
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
