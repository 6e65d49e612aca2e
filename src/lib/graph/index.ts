/** Implementation chains: edges from the citation graph, chains per document, layered layout, SVG. */
export type * from './model.ts';
export { collectChainEdges, CHAIN_RELATIONS } from './edges.ts';
export { indexChains, chainOf, components, type ChainIndex } from './chain.ts';
export { chainDigester } from './chain-digest.ts';
export { chooseDirection, layoutChain, layoutKey, nodeLines, type Layout, type PlacedEdge, type PlacedNode } from './layout.ts';
export { renderChainSvg, type SvgOptions } from './svg.ts';
export { wrap } from './labels.ts';
export { chainView, edgeQuotes, MAX_DRAWN, type ChainView, type ChainGroup, type EdgeItem, type EdgeQuote } from './view.ts';
export { chainComponents, filterComponents, graphFilters, localityOf, matcher, nearestPart, CENTRAL_LABEL, type ChainComponent, type GraphFilter } from './collection.ts';
