// The layout extensions ship no types; each is a Cytoscape extension registered with cytoscape.use().
declare module "cytoscape-fcose" {
  const ext: cytoscape.Ext;
  export default ext;
}
declare module "cytoscape-cose-bilkent" {
  const ext: cytoscape.Ext;
  export default ext;
}
