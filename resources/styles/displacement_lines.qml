<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0" styleCategories="Symbology">
  <renderer-v2 type="singleSymbol" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1">
    <symbols>
      <symbol type="line" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <prop k="line_color" v="165,0,38,255"/>
          <prop k="line_style" v="solid"/>
          <prop k="line_width" v="0.8"/>
          <prop k="line_width_unit" v="MM"/>
          <prop k="capstyle" v="round"/>
        </layer>
        <layer class="MarkerLine" enabled="1" locked="0" pass="0">
          <prop k="placement" v="lastvertex"/>
          <prop k="rotate" v="1"/>
          <symbol type="marker" name="@0@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <prop k="name" v="filled_arrowhead"/>
              <prop k="color" v="165,0,38,255"/>
              <prop k="outline_color" v="165,0,38,255"/>
              <prop k="size" v="3"/>
              <prop k="size_unit" v="MM"/>
              <prop k="angle" v="0"/>
            </layer>
          </symbol>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
</qgis>
