<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0" styleCategories="Symbology">
  <renderer-v2 type="RuleRenderer" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1">
    <rules key="{b0000000-0000-0000-0000-000000000000}">
      <rule key="{01000000-0000-0000-0000-000000000000}" symbol="0" label="@INSIDE@" filter="&quot;inside_operation&quot; = 1"/>
      <rule key="{11000000-0000-0000-0000-000000000000}" symbol="1" label="@TOP@" filter="&quot;inside_operation&quot; = 0 AND &quot;rank&quot; IS NOT NULL AND &quot;rank&quot; &lt;= 5"/>
      <rule key="{21000000-0000-0000-0000-000000000000}" symbol="2" label="@ROSE@" filter="&quot;inside_operation&quot; = 0 AND &quot;change_ha&quot; &gt; 0 AND (&quot;rank&quot; IS NULL OR &quot;rank&quot; &gt; 5)"/>
      <rule key="{31000000-0000-0000-0000-000000000000}" symbol="3" label="@FELL@" filter="&quot;inside_operation&quot; = 0 AND &quot;change_ha&quot; &lt; 0"/>
      <rule key="{41000000-0000-0000-0000-000000000000}" symbol="4" label="@SAME@" filter="&quot;inside_operation&quot; = 0 AND &quot;change_ha&quot; = 0"/>
    </rules>
    <symbols>
      <symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="color" v="255,235,59,90"/>
          <prop k="outline_color" v="230,180,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.6"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
        </layer>
      </symbol>
      <symbol type="fill" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="color" v="165,0,38,255"/>
          <prop k="outline_color" v="90,90,90,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
        </layer>
      </symbol>
      <symbol type="fill" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="color" v="253,141,60,255"/>
          <prop k="outline_color" v="90,90,90,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
        </layer>
      </symbol>
      <symbol type="fill" name="3" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="color" v="116,169,207,255"/>
          <prop k="outline_color" v="90,90,90,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
        </layer>
      </symbol>
      <symbol type="fill" name="4" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="color" v="240,240,240,255"/>
          <prop k="outline_color" v="90,90,90,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.1"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <layerOpacity>0.8</layerOpacity>
</qgis>
