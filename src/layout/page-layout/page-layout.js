// leaflet's copy of @react-pdf/layout 5.2.0 (MIT, (c) Diego Muracciole and the react-pdf contributors), with
// pagination that lays out again only a window of what is still to place after each page (see paginate), so
// that a document's cost grows with its length rather than with its square; text lines reused across renders
// (text-memo.js); page numbers laid out without their page; and a document laid out without being written, or
// written from a layout made before (see layout); Yoga loaded without Node's fetch (see loadYogaWithoutFetch).
// Loaded through ../react-pdf-hooks.js.
globalThis[Symbol.for('leaflet.page-layout')] = true;
import { upperFirst, capitalize, parseFloat as parseFloat$1, without, pick, compose, evolve, mapValues, matchPercent, castArray, isNil, omit, asyncCompose } from '@react-pdf/fns';
import * as P from '@react-pdf/primitives';
import resolveStyle, { transformColor, flatten } from '@react-pdf/stylesheet';
import layoutEngine, { fontSubstitution, wordHyphenation, scriptItemizer, textDecoration, justification, linebreaker, bidi, fromFragments } from '@react-pdf/textkit';
import * as Yoga from 'yoga-layout/load';
import { loadYoga as loadYoga$1 } from 'yoga-layout/load';
import emojiRegex from 'emoji-regex-xs';
import resolveImage from '@react-pdf/image';
import { createPaginator } from '@react-pdf/paginate';
import { layoutKey, nextRender, remembered } from './text-memo.js';

/**
 * Apply transformation to text string
 *
 * @param {string} text
 * @param {string} transformation type
 * @returns {string} transformed text
 */
const transformText = (text, transformation) => {
    switch (transformation) {
        case 'uppercase':
            return text.toUpperCase();
        case 'lowercase':
            return text.toLowerCase();
        case 'capitalize':
            return capitalize(text);
        case 'upperfirst':
            return upperFirst(text);
        default:
            return text;
    }
};

const isTspan = (node) => node.type === P.Tspan;
const isTextInstance$4 = (node) => node.type === P.TextInstance;
const engines$1 = {
    bidi,
    linebreaker,
    justification,
    textDecoration,
    scriptItemizer,
    wordHyphenation,
    fontSubstitution,
};
const engine$1 = layoutEngine(engines$1);
const getFragments$1 = (fontStore, instance) => {
    if (!instance)
        return [{ string: '' }];
    const fragments = [];
    const { fill = 'black', fontFamily = 'Helvetica', fontWeight, fontStyle, fontSize = 18, textDecorationColor, textDecorationStyle, textTransform, opacity, } = instance.props;
    const _textDecoration = instance.props.textDecoration;
    const fontFamilies = typeof fontFamily === 'string' ? [fontFamily] : [...(fontFamily || [])];
    // Fallback font
    fontFamilies.push('Helvetica');
    const font = fontFamilies.map((fontFamilyName) => {
        const opts = { fontFamily: fontFamilyName, fontWeight, fontStyle };
        const obj = fontStore.getFont(opts);
        return obj?.data;
    });
    const attributes = {
        font,
        opacity,
        fontSize,
        color: fill,
        underlineStyle: textDecorationStyle,
        underline: _textDecoration === 'underline' ||
            _textDecoration === 'underline line-through' ||
            _textDecoration === 'line-through underline',
        underlineColor: textDecorationColor || fill,
        strike: _textDecoration === 'line-through' ||
            _textDecoration === 'underline line-through' ||
            _textDecoration === 'line-through underline',
        strikeStyle: textDecorationStyle,
        strikeColor: textDecorationColor || fill,
    };
    for (let i = 0; i < instance.children.length; i += 1) {
        const child = instance.children[i];
        if (isTextInstance$4(child)) {
            fragments.push({
                string: transformText(child.value, textTransform),
                attributes,
            });
        }
        else if (child) {
            fragments.push(...getFragments$1(fontStore, child));
        }
    }
    return fragments;
};
const getAttributedString$1 = (fontStore, instance) => fromFragments(getFragments$1(fontStore, instance));
const AlmostInfinity = 999999999999;
const shrinkWhitespaceFactor = { before: -0.5, after: -0.5 };
const layoutTspan = (fontStore) => (node, xOffset) => {
    const attributedString = getAttributedString$1(fontStore, node);
    const x = node.props.x === undefined ? xOffset : node.props.x;
    const y = node.props?.y || 0;
    const container = { x, y, width: AlmostInfinity, height: AlmostInfinity };
    const hyphenationCallback = node.props.hyphenationCallback ||
        fontStore?.getHyphenationCallback() ||
        null;
    const layoutOptions = { hyphenationCallback, shrinkWhitespaceFactor };
    const lines = engine$1(attributedString, container, layoutOptions).flat();
    return Object.assign({}, node, { lines });
};
// Consecutive TSpan elements should be joined with a space
const joinTSpanLines = (node) => {
    const children = node.children.map((child, index) => {
        if (!isTspan(child))
            return child;
        const textInstance = child.children[0];
        if (child.props.x === undefined &&
            index < node.children.length - 1 &&
            textInstance?.value) {
            return Object.assign({}, child, {
                children: [{ ...textInstance, value: `${textInstance.value} ` }],
            });
        }
        return child;
    }, []);
    return Object.assign({}, node, { children });
};
const layoutText$1 = (fontStore, node) => {
    if (!node.children)
        return node;
    let currentXOffset = node.props?.x || 0;
    const layoutFn = layoutTspan(fontStore);
    const joinedNode = joinTSpanLines(node);
    const children = joinedNode.children.map((child) => {
        const childWithLayout = layoutFn(child, currentXOffset);
        currentXOffset += childWithLayout.lines[0].xAdvance;
        return childWithLayout;
    });
    return Object.assign({}, node, { children });
};

const isDefs$1 = (node) => node.type === P.Defs;
const getDefs = (node) => {
    const children = node.children || [];
    const defs = children.find(isDefs$1);
    const values = defs?.children || [];
    return values.reduce((acc, value) => {
        const id = value.props?.id;
        if (id)
            acc[id] = value;
        return acc;
    }, {});
};

const isNotDefs = (node) => node.type !== P.Defs;
const detachDefs = (node) => {
    if (!node.children)
        return node;
    const children = node.children.filter(isNotDefs);
    return Object.assign({}, node, { children });
};
const URL_REGEX$1 = /url\(['"]?#([^'"]+)['"]?\)/;
const replaceDef = (defs, value) => {
    if (!value)
        return undefined;
    if (!URL_REGEX$1.test(value))
        return value;
    const match = value.match(URL_REGEX$1);
    return defs[match[1]];
};
const parseNodeDefs = (defs) => (node) => {
    const props = node.props;
    const fill = `fill` in props ? replaceDef(defs, props?.fill) : undefined;
    const clipPath = `clipPath` in props
        ? replaceDef(defs, props?.clipPath)
        : undefined;
    const markerStart = `markerStart` in props
        ? replaceDef(defs, props?.markerStart)
        : undefined;
    const markerMid = `markerMid` in props
        ? replaceDef(defs, props?.markerMid)
        : undefined;
    const markerEnd = `markerEnd` in props
        ? replaceDef(defs, props?.markerEnd)
        : undefined;
    const newProps = Object.assign({}, node.props, {
        fill,
        clipPath,
        markerStart,
        markerMid,
        markerEnd,
    });
    const children = node.children
        ? node.children.map(parseNodeDefs(defs))
        : undefined;
    return Object.assign({}, node, { props: newProps, children });
};
const parseDefs = (root) => {
    if (!root.children)
        return root;
    const defs = getDefs(root);
    const children = root.children.map(parseNodeDefs(defs));
    return Object.assign({}, root, { children });
};
const replaceDefs = (node) => {
    return detachDefs(parseDefs(node));
};

const parseViewbox = (value) => {
    if (!value)
        return null;
    if (typeof value !== 'string')
        return value;
    const values = value.split(/[,\s]+/).map(parseFloat$1);
    if (values.length !== 4)
        return null;
    return { minX: values[0], minY: values[1], maxX: values[2], maxY: values[3] };
};

const getContainer$1 = (node) => {
    const viewbox = parseViewbox(node.props.viewBox);
    if (viewbox) {
        return { width: viewbox.maxX, height: viewbox.maxY };
    }
    if (node.props.width && node.props.height) {
        return {
            width: parseFloat$1(node.props.width),
            height: parseFloat$1(node.props.height),
        };
    }
    return { width: 0, height: 0 };
};

const BASE_SVG_INHERITED_PROPS = [
    'x',
    'y',
    'clipPath',
    'clipRule',
    'opacity',
    'fill',
    'fillOpacity',
    'fillRule',
    'stroke',
    'strokeLinecap',
    'strokeLinejoin',
    'strokeOpacity',
    'strokeWidth',
    'textAnchor',
    'dominantBaseline',
    'color',
    'fontFamily',
    'fontSize',
    'fontStyle',
    'fontWeight',
    'fontFeatureSettings',
    'letterSpacing',
    'opacity',
    'textDecoration',
    'lineHeight',
    'textAlign',
    'visibility',
    'wordSpacing',
];
// Do not inherit "x" for <tspan> elements from <text> parent
const TEXT_SVG_INHERITED_PROPS = without(['x'], BASE_SVG_INHERITED_PROPS);
const SVG_INHERITED_PROPS = {
    [P.Text]: TEXT_SVG_INHERITED_PROPS,
};
const getInheritProps = (node) => {
    const props = node.props || {};
    const svgInheritedProps = SVG_INHERITED_PROPS[node.type] ?? BASE_SVG_INHERITED_PROPS;
    return pick(svgInheritedProps, props);
};
const inheritProps = (node) => {
    if (!node.children)
        return node;
    const inheritedProps = getInheritProps(node);
    const children = node.children.map((child) => {
        const props = Object.assign({}, inheritedProps, child.props || {});
        const newChild = Object.assign({}, child, { props });
        return inheritProps(newChild);
    });
    return Object.assign({}, node, { children });
};

const parseAspectRatio = (value) => {
    if (typeof value !== 'string')
        return value;
    const match = value
        .replace(/[\s\r\t\n]+/gm, ' ')
        .replace(/^defer\s/, '')
        .split(' ');
    const align = (match[0] || 'xMidYMid');
    const meetOrSlice = (match[1] ||
        'meet');
    return { align, meetOrSlice };
};

const isMarker = (node) => node.type === P.Marker;
const STYLE_PROPS = [
    'width',
    'height',
    'color',
    'stroke',
    'strokeWidth',
    'opacity',
    'fillOpacity',
    'strokeOpacity',
    'fill',
    'fillRule',
    'clipPath',
    'offset',
    'transform',
    'strokeLinejoin',
    'strokeLinecap',
    'strokeDasharray',
    'gradientUnits',
    'gradientTransform',
    'stopColor',
    'stopOpacity',
];
const VERTICAL_PROPS = ['y', 'y1', 'y2', 'height', 'cy', 'ry'];
const HORIZONTAL_PROPS = ['x', 'x1', 'x2', 'width', 'cx', 'rx'];
const isSvg$3 = (node) => node.type === P.Svg;
const isText$7 = (node) => node.type === P.Text;
const isTextInstance$3 = (node) => node.type === P.TextInstance;
const transformPercent = (container) => (props) => mapValues(props, (value, key) => {
    const match = matchPercent(value);
    if (match && VERTICAL_PROPS.includes(key)) {
        return match.percent * container.height;
    }
    if (match && HORIZONTAL_PROPS.includes(key)) {
        return match.percent * container.width;
    }
    return value;
});
const parsePercent = (value) => {
    const match = matchPercent(value);
    return match ? match.percent : parseFloat$1(value);
};
const parseTransform = (container) => (value) => {
    return resolveStyle(container, { transform: value }).transform;
};
// Skip transformColor for url() references (gradients, patterns)
const URL_REGEX = /^url\(/;
const transformColorSafe = (value) => {
    if (typeof value === 'string' && URL_REGEX.test(value)) {
        return value;
    }
    return transformColor(value);
};
const parseProps = (container) => (node) => {
    let props = transformPercent(container)(node.props);
    props = evolve({
        x: parseFloat$1,
        x1: parseFloat$1,
        x2: parseFloat$1,
        y: parseFloat$1,
        y1: parseFloat$1,
        y2: parseFloat$1,
        r: parseFloat$1,
        rx: parseFloat$1,
        ry: parseFloat$1,
        cx: parseFloat$1,
        cy: parseFloat$1,
        width: parseFloat$1,
        height: parseFloat$1,
        fontSize: parseFloat$1,
        strokeWidth: parseFloat$1,
        strokeMiterlimit: parseFloat$1,
        strokeDashoffset: parseFloat$1,
        offset: parsePercent,
        fill: transformColorSafe,
        fillOpacity: parsePercent,
        opacity: parsePercent,
        stroke: transformColorSafe,
        strokeOpacity: parsePercent,
        stopOpacity: parsePercent,
        stopColor: transformColor,
        transform: parseTransform(container),
        gradientTransform: parseTransform(container),
    }, props);
    return Object.assign({}, node, { props });
};
// SVG spec: if rx is specified but ry is not, ry defaults to rx (and vice versa)
const resolveRectRadius = (node) => {
    if (node.type !== P.Rect || !node.props)
        return node;
    const { rx, ry } = node.props;
    // If both are specified or neither is specified, no change needed
    if ((rx && ry) || (!rx && !ry))
        return node;
    const newProps = Object.assign({}, node.props, {
        rx: rx ?? ry,
        ry: ry ?? rx,
    });
    return Object.assign({}, node, { props: newProps });
};
const mergeStyles$1 = (node) => {
    const style = node.style || {};
    const props = Object.assign({}, style, node.props);
    return Object.assign({}, node, { props });
};
const removeNoneValues = (node) => {
    const removeNone = (value) => (value === 'none' ? null : value);
    const props = mapValues(node.props, removeNone);
    return Object.assign({}, node, { props });
};
const pickStyleProps = (node) => {
    const props = node.props || {};
    const styleProps = pick(STYLE_PROPS, props);
    const style = Object.assign({}, styleProps, node.style || {});
    return Object.assign({}, node, { style });
};
const parseSvgProps = (node) => {
    const props = evolve({
        width: parseFloat$1,
        height: parseFloat$1,
        viewBox: parseViewbox,
        preserveAspectRatio: parseAspectRatio,
    }, node.props);
    return Object.assign({}, node, { props });
};
const wrapBetweenTspan = (node) => ({
    type: P.Tspan,
    props: {},
    style: {},
    wasSplit: false,
    children: [node],
});
const addMissingTspan = (node) => {
    if (!isText$7(node))
        return node;
    if (!node.children)
        return node;
    const resolveChild = (child) => isTextInstance$3(child) ? wrapBetweenTspan(child) : child;
    const children = node.children.map(resolveChild);
    return Object.assign({}, node, { children });
};
const parseText = (fontStore) => (node) => {
    if (isText$7(node))
        return layoutText$1(fontStore, node);
    if (!node.children)
        return node;
    const children = node.children.map(parseText(fontStore));
    return Object.assign({}, node, { children });
};
const resolveSvgNode = (container) => compose(pickStyleProps, resolveRectRadius, parseProps(container), addMissingTspan, removeNoneValues, mergeStyles$1);
// Gradient transforms typically don't use percentages, so use minimal container
const ZERO_CONTAINER = { width: 0, height: 0 };
const parseGradientTransform = parseTransform(ZERO_CONTAINER);
// Process DEFS children (LINEAR_GRADIENT, RADIAL_GRADIENT, STOP) without container-based percent transform
const parseDefsProps = (node) => {
    const props = evolve({
        // Gradient coordinates (percent becomes 0-1 range)
        x1: parsePercent,
        y1: parsePercent,
        x2: parsePercent,
        y2: parsePercent,
        cx: parsePercent,
        cy: parsePercent,
        fx: parsePercent,
        fy: parsePercent,
        r: parsePercent,
        gradientTransform: parseGradientTransform,
        // Stop properties
        offset: parsePercent,
        stopColor: transformColor,
        stopOpacity: parsePercent,
        // Marker properties
        refX: parseFloat$1,
        refY: parseFloat$1,
        markerWidth: parseFloat$1,
        markerHeight: parseFloat$1,
        viewBox: parseViewbox,
    }, node.props || {});
    return Object.assign({}, node, { props });
};
const getMarkerContainer = (node) => {
    const props = node.props || {};
    const viewBox = 'viewBox' in props
        ? props.viewBox
        : null;
    if (viewBox) {
        return { width: viewBox.maxX, height: viewBox.maxY };
    }
    const markerWidth = 'markerWidth' in props ? props.markerWidth : 3;
    const markerHeight = 'markerHeight' in props ? props.markerHeight : 3;
    return { width: markerWidth, height: markerHeight };
};
const resolveMarkerChildren = (node) => {
    if (!node.children)
        return node;
    const container = getMarkerContainer(node);
    const resolveChild = compose(resolveChildren(container), resolveSvgNode(container));
    const children = node.children.map(resolveChild);
    return Object.assign({}, node, { children });
};
const resolveDefsChildren = (node) => {
    if (!node.children)
        return node;
    const children = node.children.map((child) => {
        const parsed = parseDefsProps(child);
        if (isMarker(parsed))
            return resolveMarkerChildren(parsed);
        return resolveDefsChildren(parsed);
    });
    return Object.assign({}, node, { children });
};
const isDefs = (node) => node.type === P.Defs;
const resolveChildren = (container) => (node) => {
    if (!node.children)
        return node;
    const resolveChild = compose(resolveChildren(container), resolveSvgNode(container));
    // Process DEFS separately without container-based percent transform
    const children = node.children.map((child) => isDefs(child) ? resolveDefsChildren(child) : resolveChild(child));
    return Object.assign({}, node, { children });
};
const buildXLinksIndex = (node) => {
    const idIndex = {};
    const listToExplore = node.children?.slice(0) || [];
    while (listToExplore.length > 0) {
        const child = listToExplore.shift();
        if (child.props && 'id' in child.props) {
            idIndex[child.props.id] = child;
        }
        if (child.children)
            listToExplore.push(...child.children);
    }
    return idIndex;
};
const replaceXLinks = (node, idIndex) => {
    if (node.props && 'xlinkHref' in node.props) {
        const linkedNode = idIndex[node.props.xlinkHref.replace(/^#/, '')];
        // No node to extend from
        if (!linkedNode)
            return node;
        const newProps = Object.assign({}, linkedNode.props, node.props);
        delete newProps.xlinkHref;
        return Object.assign({}, linkedNode, { props: newProps });
    }
    const children = node.children?.map((child) => replaceXLinks(child, idIndex));
    return Object.assign({}, node, { children });
};
const resolveXLinks = (node) => {
    const idIndex = buildXLinksIndex(node);
    return replaceXLinks(node, idIndex);
};
const resolveSvgRoot = (node, fontStore) => {
    const container = getContainer$1(node);
    return compose(replaceDefs, parseText(fontStore), parseSvgProps, pickStyleProps, inheritProps, resolveChildren(container), resolveXLinks)(node);
};
const isSvgImage = (node) => node.type === P.Image && node.image?.format === 'svg';
function convertParsedNode(node) {
    return {
        type: node.type,
        props: node.props,
        style: {},
        children: node.children?.map(convertParsedNode),
        ...('value' in node && { value: node.value }),
    };
}
function convertToSvgNode(imageNode) {
    const image = imageNode.image;
    const width = imageNode.style?.width ?? image.width;
    const height = imageNode.style?.height ?? image.height;
    const viewBox = parseViewbox(image.data.props.viewBox);
    return {
        type: P.Svg,
        props: {
            width,
            height,
            viewBox,
            preserveAspectRatio: { align: 'xMidYMid', meetOrSlice: 'meet' },
        },
        style: { ...imageNode.style, width, height },
        box: imageNode.box,
        origin: imageNode.origin,
        yogaNode: imageNode.yogaNode,
        wasSplit: false,
        children: image.data.children.map(convertParsedNode),
    };
}
/**
 * Pre-process SVG nodes so they can be rendered in the next steps.
 * Also converts Image nodes containing SVG data into SvgNodes.
 *
 * @param node - Root node
 * @param fontStore - Font store
 * @returns Root node
 */
const resolveSvg = (node, fontStore) => {
    const resolved = isSvgImage(node) ? convertToSvgNode(node) : node;
    if (!('children' in resolved))
        return resolved;
    const resolveChild = (child) => resolveSvg(child, fontStore);
    const root = isSvg$3(resolved) ? resolveSvgRoot(resolved, fontStore) : resolved;
    const children = root.children?.map(resolveChild);
    return Object.assign({}, root, { children });
};

let instancePromise;
// leaflet: Yoga's loader reads its WebAssembly from a data: URL with `fetch` whenever there is one, which loads
// Node's fetch (undici) and decodes the 120 KB URL in JavaScript: about 30 ms of every process and worker. Without
// `fetch` it decodes the same bytes itself. The loader looks for `fetch` only before its first `await`, so the
// global is taken away for that synchronous call alone and put back at once.
const loadYogaWithoutFetch = () => {
    const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    if (fetch)
        delete globalThis.fetch;
    try {
        return loadYoga$1();
    }
    finally {
        if (fetch)
            Object.defineProperty(globalThis, 'fetch', fetch);
    }
};
const loadYoga = async () => {
    // Yoga WASM binaries must be asynchronously compiled and loaded
    // to prevent Event emitter memory leak warnings, Yoga must be loaded only once
    const instance = await (instancePromise ??= loadYogaWithoutFetch());
    const config = instance.Config.create();
    config.setPointScaleFactor(0);
    const node = { create: () => instance.Node.createWithConfig(config) };
    return { node };
};

const resolveYoga = async (root) => {
    const yoga = await loadYoga();
    return Object.assign({}, root, { yoga });
};

const getZIndex = (node) => node.style.zIndex;
const shouldSort = (node) => node.type !== P.Document && node.type !== P.Svg;
const sortZIndex = (a, b) => {
    const za = getZIndex(a);
    const zb = getZIndex(b);
    if (!za && !zb)
        return 0;
    if (!za)
        return 1;
    if (!zb)
        return -1;
    return zb - za;
};
/**
 * Sort children by zIndex value
 *
 * @param node
 * @returns Node
 */
const resolveNodeZIndex = (node) => {
    if (!node.children)
        return node;
    const sortedChildren = shouldSort(node)
        ? node.children.sort(sortZIndex)
        : node.children;
    const children = sortedChildren.map(resolveNodeZIndex);
    return Object.assign({}, node, { children });
};
/**
 * Sort children by zIndex value
 *
 * @param node
 * @returns Node
 */
const resolveZIndex = (root) => resolveNodeZIndex(root);

/* eslint-disable no-console */
// Caches emoji images data
const emojis = {};
const regex = emojiRegex();
/**
 * When an emoji as no variations, it might still have 2 parts,
 * the canonical emoji and an empty string.
 * ex.
 *   (no color) Array.from('❤️') => ["❤", "️"]
 *   (w/ color) Array.from('👍🏿') => ["👍", "🏿"]
 *
 * The empty string needs to be removed otherwise the generated
 * url will be incorect.
 */
const removeVariationSelectors = (x) => x !== '️';
const getCodePoints = (string, withVariationSelectors = false) => Array.from(string)
    .filter(withVariationSelectors ? () => true : removeVariationSelectors)
    .map((char) => char.codePointAt(0).toString(16))
    .join('-');
const buildEmojiUrl = (emoji, source) => {
    if ('builder' in source) {
        return source.builder(getCodePoints(emoji, source.withVariationSelectors));
    }
    const { url, format = 'png', withVariationSelectors } = source;
    return `${url}${getCodePoints(emoji, withVariationSelectors)}.${format}`;
};
const fetchEmojis = (string, source) => {
    if (!source)
        return [];
    const promises = [];
    Array.from(string.matchAll(regex)).forEach((match) => {
        const emoji = match[0];
        if (!emojis[emoji] || emojis[emoji].loading) {
            const emojiUrl = buildEmojiUrl(emoji, source);
            emojis[emoji] = { loading: true };
            promises.push(resolveImage({ uri: emojiUrl })
                .then((image) => {
                emojis[emoji].loading = false;
                emojis[emoji].data = image.data;
            })
                .catch((e) => {
                console.warn(e, 'Failed to load emoji image');
                emojis[emoji].loading = false;
            }));
        }
    });
    return promises;
};
const embedEmojis = (fragments) => {
    const result = [];
    for (let i = 0; i < fragments.length; i += 1) {
        const fragment = fragments[i];
        let lastIndex = 0;
        Array.from(fragment.string.matchAll(regex)).forEach((match) => {
            const { index } = match;
            const emoji = match[0];
            const emojiSize = fragment.attributes.fontSize;
            const chunk = fragment.string.slice(lastIndex, index + match[0].length);
            // If emoji image was found, we create a new fragment with the
            // correct attachment and object substitution character;
            if (emojis[emoji] && emojis[emoji].data) {
                result.push({
                    string: chunk.replace(match[0], String.fromCharCode(0xfffc)),
                    attributes: {
                        ...fragment.attributes,
                        attachment: {
                            width: emojiSize,
                            height: emojiSize,
                            yOffset: Math.floor(emojiSize * 0.1),
                            image: emojis[emoji].data,
                        },
                    },
                });
            }
            else {
                // If no emoji data, we try to use emojis in the font
                result.push({
                    string: chunk,
                    attributes: fragment.attributes,
                });
            }
            lastIndex = index + emoji.length;
        });
        if (lastIndex < fragment.string.length) {
            result.push({
                string: fragment.string.slice(lastIndex),
                attributes: fragment.attributes,
            });
        }
    }
    return result;
};

/**
 * Parses an HTML-compatible srcSet string into structured entries.
 * Only width descriptors (e.g. "300w") are supported.
 */
const parseSrcSet = (srcSet) => {
    return srcSet
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .reduce((acc, entry) => {
        const parts = entry.split(/\s+/);
        const uri = parts[0];
        const descriptor = parts[1];
        if (descriptor && descriptor.endsWith('w')) {
            const width = parseFloat(descriptor);
            if (!Number.isNaN(width))
                acc.push({ uri, width });
        }
        return acc;
    }, []);
};
/**
 * Selects the most appropriate image source from a parsed srcSet
 * based on the target display width.
 *
 * Picks the smallest source that is >= targetWidth,
 * or the largest available if none are large enough.
 */
const selectSource = (entries, targetWidth) => {
    if (entries.length === 0)
        return '';
    const sorted = [...entries].sort((a, b) => a.width - b.width);
    const match = sorted.find((e) => e.width >= targetWidth);
    return match ? match.uri : sorted[sorted.length - 1].uri;
};
// TODO: Unify with page/getSize.ts parseValue/transformUnit into a shared unit parser
/**
 * Parses a CSS length value into points.
 * Supports: px, pt (default), in, mm, cm, vw, %.
 * vw and % are resolved relative to containerWidth.
 */
const parseLength = (value, containerWidth) => {
    const match = /^(-?\d*\.?\d+)\s*(px|pt|in|mm|cm|vw|%)?$/i.exec(value.trim());
    if (!match)
        return undefined;
    const num = parseFloat(match[1]);
    if (Number.isNaN(num))
        return undefined;
    const unit = match[2]?.toLowerCase();
    switch (unit) {
        case 'in':
            return num * 72;
        case 'mm':
            return num * (72 / 25.4);
        case 'cm':
            return num * (72 / 2.54);
        case 'px':
            return num;
        case 'vw':
            return (num / 100) * containerWidth;
        case '%':
            return (num / 100) * containerWidth;
        case 'pt':
        default:
            return num;
    }
};
/**
 * Evaluates a media condition like "(min-width: 600px)" or "(max-width: 400px)"
 * against the container width.
 */
const matchesCondition = (condition, containerWidth) => {
    const match = /\(\s*(min-width|max-width)\s*:\s*(-?\d*\.?\d+)\s*(px|pt|in|mm|cm|vw|%)?\s*\)/i.exec(condition);
    if (!match)
        return false;
    const feature = match[1].toLowerCase();
    const threshold = parseLength(`${match[2]}${match[3] || ''}`, containerWidth);
    if (threshold == null)
        return false;
    if (feature === 'min-width')
        return containerWidth >= threshold;
    if (feature === 'max-width')
        return containerWidth <= threshold;
    return false;
};
/**
 * Parses sizes attribute to get the target display width.
 *
 * Accepts a number (used directly as points) or a string.
 * For strings, evaluates media conditions against containerWidth
 * and returns the first matching entry's length value.
 *
 * Format: "(media-condition) length, (media-condition) length, default-length"
 */
const parseSizes = (sizes, containerWidth) => {
    if (sizes == null)
        return undefined;
    if (typeof sizes === 'number')
        return sizes;
    const entries = sizes.split(',').map((s) => s.trim());
    for (const entry of entries) {
        const conditionMatch = /^\(([^)]+)\)\s+(.+)$/.exec(entry);
        if (conditionMatch) {
            const condition = `(${conditionMatch[1]})`;
            const lengthStr = conditionMatch[2];
            if (matchesCondition(condition, containerWidth)) {
                return parseLength(lengthStr, containerWidth);
            }
        }
        else {
            return parseLength(entry, containerWidth);
        }
    }
    return undefined;
};
/**
 * Get image source, resolving srcSet if present.
 *
 * @param node - Image node
 * @param pageWidth - Page width for srcSet resolution
 * @returns Image src
 */
const getSource = (node, pageWidth) => {
    const { srcSet, sizes } = node.props;
    if (srcSet) {
        const entries = parseSrcSet(srcSet);
        if (entries.length > 0) {
            const targetWidth = parseSizes(sizes, pageWidth) || pageWidth;
            const uri = selectSource(entries, targetWidth);
            if (uri)
                return uri;
        }
    }
    if (node.props.src)
        return node.props.src;
    if (node.props.source)
        return node.props.source;
};

/**
 * Resolves `src` to `@react-pdf/image` interface.
 *
 * Also it handles factories and async sources.
 *
 * @param src
 * @returns Resolved src
 */
const resolveSource = async (src) => {
    const source = typeof src === 'function' ? await src() : await src;
    return typeof source === 'string' ? { uri: source } : source;
};

/**
 * Fetches image and appends data to node.
 * Ideally this fn should be immutable.
 *
 * @param node - Image or ImageBackground node
 * @param pageWidth - Page width for srcSet resolution
 */
const fetchImage = async (node, pageWidth) => {
    const { cache } = node.props;
    const src = getSource(node, pageWidth);
    if (!src) {
        console.warn(false, 'Image should receive either a "src" or "source" prop');
        return;
    }
    try {
        const source = await resolveSource(src);
        if (!source) {
            throw new Error(`Image's "src" or "source" prop returned ${source}`);
        }
        node.image = await resolveImage(source, { cache });
        if (Buffer.isBuffer(source) || source instanceof Blob)
            return;
        node.image.key = 'data' in source ? source.data.toString() : source.uri;
    }
    catch (e) {
        console.warn(e.message);
    }
};

const isImage$2 = (node) => node.type === P.Image;
const isImageBackground = (node) => node.type === P.ImageBackground;
/**
 * Get all asset promises that need to be resolved
 *
 * @param fontStore - Font store
 * @param node - Root node
 * @returns Asset promises
 */
const fetchAssets = (fontStore, node, pageWidth) => {
    const promises = [];
    const listToExplore = [node];
    const emojiSource = fontStore ? fontStore.getEmojiSource() : null;
    while (listToExplore.length > 0) {
        const n = listToExplore.shift();
        if (isImage$2(n) || isImageBackground(n)) {
            promises.push(fetchImage(n, pageWidth));
        }
        if (fontStore && n.style?.fontFamily) {
            const fontFamilies = castArray(n.style.fontFamily);
            promises.push(...fontFamilies.map((fontFamily) => fontStore.load({
                fontFamily,
                fontStyle: n.style.fontStyle,
                fontWeight: n.style.fontWeight,
            })));
        }
        if (typeof n === 'string') {
            promises.push(...fetchEmojis(n, emojiSource));
        }
        if ('value' in n && typeof n.value === 'string') {
            promises.push(...fetchEmojis(n.value, emojiSource));
        }
        if (n.children) {
            n.children.forEach((childNode) => {
                listToExplore.push(childNode);
            });
        }
    }
    return promises;
};
/**
 * Fetch assets for a page
 *
 * @param fontStore - Font store
 * @param page - Page node
 * @returns Asset promises
 */
const fetchPageAssets = (fontStore, page) => {
    const pageWidth = page.style?.width;
    return page.children
        ?.map((child) => fetchAssets(fontStore, child, pageWidth))
        .flat();
};
/**
 * Fetch image, font and emoji assets in parallel.
 * Layout process will not be resumed until promise resolves.
 *
 * @param node root node
 * @param fontStore font store
 * @returns Root node
 */
const resolveAssets = async (node, fontStore) => {
    const promises = node.children
        .map((page) => fetchPageAssets(fontStore, page))
        .flat();
    await Promise.all(promises);
    return node;
};

const isLink$1 = (node) => node.type === P.Link;
const DEFAULT_LINK_STYLES = {
    color: 'blue',
    textDecoration: 'underline',
};
/**
 * Computes styles using stylesheet
 *
 * @param container
 * @param node - Document node
 * @returns Computed styles
 */
// leaflet: a style is resolved once. A page is laid out again after each split, and react-pdf resolved every
// style on it again each time: costly, and not the same for every property (a unitless line height grows).
// The styles on the document when it is paginated, and on each page laid out again, are marked (markResolved).
const resolvedStyles = new WeakSet();
const markResolved = (node) => {
    if (node.style)
        resolvedStyles.add(node.style);
    (node.children || []).forEach(markResolved);
    return node;
};
const computeStyle = (container, node) => {
    if (resolvedStyles.has(node.style))
        return node.style;
    const baseStyle = isLink$1(node)
        ? [DEFAULT_LINK_STYLES, node.style]
        : node.style;
    const style = resolveStyle(container, baseStyle);
    // Floats are out of flow; flipping to absolute here keeps yoga and pagination float-unaware
    if (style.float === 'left' || style.float === 'right') {
        style.position = 'absolute';
    }
    return style;
};
/**
 * Resolves node styles
 *
 * @param container
 * @returns Resolve node styles
 */
const resolveNodeStyles = (container) => (node) => {
    const style = computeStyle(container, node);
    // Split fragments re-enter through page relayout; keep their mark.
    const wasSplit = node.wasSplit ?? false;
    if (!node.children) {
        return Object.assign({}, node, { style, wasSplit });
    }
    const children = node.children.map(resolveNodeStyles(container));
    return Object.assign({}, node, { style, wasSplit, children });
};
/**
 * Resolves page styles
 *
 * @param page Document page
 * @returns Document page with resolved styles
 */
const resolvePageStyles = (page) => {
    const dpi = page.props?.dpi || 72;
    const style = page.style;
    const width = page.box?.width || style.width;
    const height = page.box?.height || style.height;
    const orientation = page.props?.orientation || 'portrait';
    const remBase = style?.fontSize || 18;
    const container = { width, height, orientation, dpi, remBase };
    return resolveNodeStyles(container)(page);
};
/**
 * Resolves document styles
 *
 * @param root - Document root
 * @returns Document root with resolved styles
 */
const resolveStyles = (root) => {
    if (!root.children) {
        return Object.assign({}, root, {
            wasSplit: false,
        });
    }
    const children = root.children.map(resolvePageStyles);
    return Object.assign({}, root, {
        wasSplit: false,
        children,
    });
};

const isText$6 = (node) => node.type === P.Text;
const getNumericMargin = (value) => {
    return typeof value === 'number' ? value : 0;
};
const isFloated = (node) => {
    const float = node.style?.float;
    return float === 'left' || float === 'right';
};
/**
 * Calculate the minimum Y position that clears the specified float elements
 */
const getClearY = (floats, clearType) => {
    if (clearType === 'none' || floats.length === 0)
        return 0;
    let maxY = 0;
    for (const float of floats) {
        if (clearType === 'both' || clearType === float.float) {
            maxY = Math.max(maxY, float.bottom);
        }
    }
    return maxY;
};
/**
 * Calculate the Y offset adjustment needed to clear float siblings
 */
const applyClear = (node, floats) => {
    const clearType = node.style?.clear;
    if (!clearType || clearType === 'none')
        return 0;
    const currentY = node.box?.top ?? 0;
    const clearY = getClearY(floats, clearType);
    return Math.max(0, clearY - currentY);
};
/**
 * Calculate left position for float element based on float direction
 */
const getFloatLeft = (node, parentWidth) => {
    const float = node.style?.float;
    const marginLeft = getNumericMargin(node.style?.marginLeft);
    const marginRight = getNumericMargin(node.style?.marginRight);
    if (float === 'left') {
        return marginLeft;
    }
    if (float === 'right') {
        return parentWidth - (node.box?.width ?? 0) - marginRight;
    }
    return node.box?.left ?? 0;
};
/**
 * Position float element to the left or right edge of parent.
 * Note: Yoga already applies marginTop to box.top for absolute positioned elements.
 * Callers guarantee node.box — resolveFloats skips boxless children.
 */
const positionFloatElement = (node, parentWidth) => {
    const newLeft = getFloatLeft(node, parentWidth);
    const newBox = Object.assign({}, node.box, { left: newLeft });
    return Object.assign({}, node, { box: newBox });
};
const resolveScalar = (value, reference) => typeof value === 'number' ? value : (parseFloat(value) / 100) * reference;
const axisRadius = (radius, center, size) => {
    if (radius === 'closest-side')
        return Math.min(center, size - center);
    if (radius === 'farthest-side')
        return Math.max(center, size - center);
    return resolveScalar(radius, size);
};
/**
 * Resolve a parsed shape-outside against the float's box into an exclusion
 * shape in box-local coordinates (origin at the float's top-left corner).
 */
const resolveShapeOutside = (shape, box) => {
    if (shape.type === 'circle') {
        const cx = resolveScalar(shape.cx, box.width);
        const cy = resolveScalar(shape.cy, box.height);
        const sides = [cx, cy, box.width - cx, box.height - cy];
        let r;
        if (shape.r === 'closest-side') {
            r = Math.min(...sides);
        }
        else if (shape.r === 'farthest-side') {
            r = Math.max(...sides);
        }
        else {
            // Percentage circle radii resolve against sqrt(w²+h²)/√2 per css-shapes-1
            r = resolveScalar(shape.r, Math.hypot(box.width, box.height) / Math.SQRT2);
        }
        return { type: 'ellipse', cx, cy, rx: r, ry: r };
    }
    if (shape.type === 'ellipse') {
        const cx = resolveScalar(shape.cx, box.width);
        const cy = resolveScalar(shape.cy, box.height);
        return {
            type: 'ellipse',
            cx,
            cy,
            rx: axisRadius(shape.rx, cx, box.width),
            ry: axisRadius(shape.ry, cy, box.height),
        };
    }
    if (shape.type === 'polygon') {
        return {
            type: 'polygon',
            points: shape.points.map((point) => ({
                x: resolveScalar(point.x, box.width),
                y: resolveScalar(point.y, box.height),
            })),
        };
    }
    const top = resolveScalar(shape.top, box.height);
    const right = resolveScalar(shape.right, box.width);
    const bottom = resolveScalar(shape.bottom, box.height);
    const left = resolveScalar(shape.left, box.width);
    return {
        type: 'rect',
        x: left,
        y: top,
        width: box.width - left - right,
        height: box.height - top - bottom,
    };
};
const translateShape = (shape, dx, dy) => {
    if (shape.type === 'ellipse') {
        return { ...shape, cx: shape.cx + dx, cy: shape.cy + dy };
    }
    if (shape.type === 'polygon') {
        return {
            ...shape,
            points: shape.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
        };
    }
    return { ...shape, x: shape.x + dx, y: shape.y + dy };
};
/**
 * Create Exclusion from a positioned node.
 * Note: box.top already includes marginTop adjustment from positionFloatElement.
 * Margins are folded into the rect: the text-facing side margin widens it and
 * marginBottom extends it, so exclusion and clear read the geometry directly.
 */
const createExclusion = (node) => {
    const { box, style } = node;
    const float = style?.float;
    const marginRight = getNumericMargin(style?.marginRight);
    const marginLeft = getNumericMargin(style?.marginLeft);
    const shape = style?.shapeOutside
        ? resolveShapeOutside(style.shapeOutside, box)
        : null;
    if (shape) {
        // extend keeps text out of the gap between the shape and the page
        // edge on the float's own side, mirroring CSS float flow
        return { ...translateShape(shape, box.left, box.top), extend: float };
    }
    return {
        type: 'rect',
        x: box.left - (float === 'right' ? marginLeft : 0),
        y: box.top,
        width: box.width + (float === 'left' ? marginRight : marginLeft),
        height: box.height + getNumericMargin(style?.marginBottom),
    };
};
const createFloatEdge = (node) => ({
    float: node.style?.float,
    bottom: node.box.top +
        node.box.height +
        getNumericMargin(node.style?.marginBottom),
});
/**
 * Apply clear offset to a node's vertical position
 */
const applyClearOffset = (node, offset) => {
    if (offset <= 0 || !node.box)
        return node;
    const newBox = Object.assign({}, node.box, { top: node.box.top + offset });
    return Object.assign({}, node, { box: newBox });
};
/**
 * Attach exclusion geometry to a text node for text wrapping.
 * Skip if no floats or if text was split during pagination.
 */
const attachExclusions = (node, floats) => {
    if (floats.length === 0 || node.wasSplit)
        return node;
    return Object.assign({}, node, { exclusions: floats });
};
/**
 * Resolve floats recursively for any node (document, page, view, etc.).
 * Runs on the document after resolveDimensions, and per page in relayoutPage.
 */
const resolveFloats = (node) => {
    if (!node.children || node.children.length === 0)
        return node;
    const nodeChildren = node.children;
    const parentWidth = node.box?.width ?? 0;
    const processedFloats = [];
    const floatEdges = [];
    const children = [];
    let clearOffset = 0;
    for (const child of nodeChildren) {
        if (!child.box) {
            children.push(resolveFloats(child));
            continue;
        }
        if (isFloated(child)) {
            const positioned = positionFloatElement(child, parentWidth);
            processedFloats.push(createExclusion(positioned));
            floatEdges.push(createFloatEdge(positioned));
            children.push(resolveFloats(positioned));
            continue;
        }
        let processedChild = applyClearOffset(child, clearOffset);
        const additionalOffset = applyClear(processedChild, floatEdges);
        if (additionalOffset > 0) {
            clearOffset += additionalOffset;
            processedChild = applyClearOffset(processedChild, additionalOffset);
        }
        if (isText$6(processedChild)) {
            processedChild = attachExclusions(processedChild, processedFloats);
        }
        children.push(resolveFloats(processedChild));
    }
    // Clearance moved in-flow children down after yoga ran; grow the container
    // to keep containing them, like CSS clearance does.
    const box = clearOffset > 0 && node.box
        ? Object.assign({}, node.box, { height: node.box.height + clearOffset })
        : node.box;
    return Object.assign({}, node, { box, children });
};

const getTransformStyle = (s) => (node) => isNil(node.style?.[s]) ? '50%' : node.style?.[s] ?? null;
/**
 * Get node origin
 *
 * @param node
 * @returns {{ left?: number, top?: number }} node origin
 */
const getOrigin = (node) => {
    if (!node.box)
        return null;
    const { left, top, width, height } = node.box;
    const transformOriginX = getTransformStyle('transformOriginX')(node);
    const transformOriginY = getTransformStyle('transformOriginY')(node);
    const percentX = matchPercent(transformOriginX);
    const percentY = matchPercent(transformOriginY);
    const offsetX = percentX ? width * percentX.percent : transformOriginX;
    const offsetY = percentY ? height * percentY.percent : transformOriginY;
    if (isNil(offsetX) || typeof offsetX === 'string')
        throw new Error(`Invalid origin offsetX: ${offsetX}`);
    if (isNil(offsetY) || typeof offsetY === 'string')
        throw new Error(`Invalid origin offsetY: ${offsetY}`);
    return { left: left + offsetX, top: top + offsetY };
};

/**
 * Resolve node origin
 *
 * @param node
 * @returns Node with origin attribute
 */
const resolveNodeOrigin = (node) => {
    const origin = getOrigin(node);
    const newNode = Object.assign({}, node, { origin });
    if (!node.children)
        return newNode;
    const children = node.children.map(resolveNodeOrigin);
    return Object.assign({}, newNode, { children });
};
/**
 * Resolve document origins
 *
 * @param root - Document root
 * @returns Document root
 */
const resolveOrigin = (root) => {
    if (!root.children)
        return root;
    const children = root.children.map(resolveNodeOrigin);
    return Object.assign({}, root, { children });
};

/**
 * Normalize bookmark value, expanding a plain string title into a full
 * bookmark object with default fit and expanded values
 *
 * @param bookmark - Bookmark value
 * @returns Normalized bookmark object
 */
const getBookmarkValue = (bookmark) => {
    return typeof bookmark === 'string'
        ? { title: bookmark, fit: false, expanded: false }
        : bookmark;
};
/**
 * Traverse document tree and resolve bookmark hierarchy, assigning each
 * bookmark a ref index and a reference to its nearest bookmark ancestor
 *
 * @param node - Document node
 * @returns Document node with resolved bookmarks
 */
const resolveBookmarks = (node) => {
    let refs = 0;
    const listToExplore = (node.children || []).map((value) => ({
        value,
        parent: null,
    }));
    while (listToExplore.length > 0) {
        const element = listToExplore.shift();
        if (!element)
            break;
        const child = element.value;
        let parent = element.parent;
        if (child.props && 'bookmark' in child.props && child.props.bookmark) {
            const bookmark = getBookmarkValue(child.props.bookmark);
            const ref = refs++;
            const newHierarchy = { ref, parent: parent?.ref, ...bookmark };
            child.props.bookmark = newHierarchy;
            parent = newHierarchy;
        }
        if (child.children) {
            child.children.forEach((childNode) => {
                listToExplore.push({ value: childNode, parent });
            });
        }
    }
    return node;
};

const VALID_ORIENTATIONS = ['portrait', 'landscape'];
/**
 * Get page orientation. Defaults to portrait
 *
 * @param page - Page object
 * @returns Page orientation
 */
const getOrientation = (page) => {
    const value = page.props?.orientation || 'portrait';
    return VALID_ORIENTATIONS.includes(value) ? value : 'portrait';
};

/**
 * Return true if page is landscape
 *
 * @param page - Page instance
 * @returns Is page landscape
 */
const isLandscape = (page) => getOrientation(page) === 'landscape';

// Page sizes for 72dpi. 72dpi is used internally by pdfkit.
const PAGE_SIZES = {
    '4A0': [4767.87, 6740.79],
    '2A0': [3370.39, 4767.87],
    A0: [2383.94, 3370.39],
    A1: [1683.78, 2383.94],
    A2: [1190.55, 1683.78],
    A3: [841.89, 1190.55],
    A4: [595.28, 841.89],
    A5: [419.53, 595.28],
    A6: [297.64, 419.53],
    A7: [209.76, 297.64],
    A8: [147.4, 209.76],
    A9: [104.88, 147.4],
    A10: [73.7, 104.88],
    B0: [2834.65, 4008.19],
    B1: [2004.09, 2834.65],
    B2: [1417.32, 2004.09],
    B3: [1000.63, 1417.32],
    B4: [708.66, 1000.63],
    B5: [498.9, 708.66],
    B6: [354.33, 498.9],
    B7: [249.45, 354.33],
    B8: [175.75, 249.45],
    B9: [124.72, 175.75],
    B10: [87.87, 124.72],
    C0: [2599.37, 3676.54],
    C1: [1836.85, 2599.37],
    C2: [1298.27, 1836.85],
    C3: [918.43, 1298.27],
    C4: [649.13, 918.43],
    C5: [459.21, 649.13],
    C6: [323.15, 459.21],
    C7: [229.61, 323.15],
    C8: [161.57, 229.61],
    C9: [113.39, 161.57],
    C10: [79.37, 113.39],
    RA0: [2437.8, 3458.27],
    RA1: [1729.13, 2437.8],
    RA2: [1218.9, 1729.13],
    RA3: [864.57, 1218.9],
    RA4: [609.45, 864.57],
    SRA0: [2551.18, 3628.35],
    SRA1: [1814.17, 2551.18],
    SRA2: [1275.59, 1814.17],
    SRA3: [907.09, 1275.59],
    SRA4: [637.8, 907.09],
    EXECUTIVE: [521.86, 756.0],
    FOLIO: [612.0, 936.0],
    LEGAL: [612.0, 1008.0],
    LETTER: [612.0, 792.0],
    TABLOID: [792.0, 1224.0],
    ID1: [153, 243],
};
/**
 * Parses scalar value in value and unit pairs
 *
 * @param value - Scalar value
 * @returns Parsed value
 */
const parseValue = (value) => {
    if (typeof value === 'number')
        return { value, unit: undefined };
    const match = /^(-?\d*\.?\d+)(in|mm|cm|pt|px)?$/g.exec(value);
    return match
        ? { value: parseFloat(match[1]), unit: match[2] || 'pt' }
        : { value, unit: undefined };
};
/**
 * Transform given scalar value to 72dpi equivalent of size
 *
 * @param value - Styles value
 * @param inputDpi - User defined dpi
 * @returns Transformed value
 */
const transformUnit = (value, inputDpi) => {
    if (!value || value === 'auto')
        return undefined;
    const scalar = parseValue(value);
    const outputDpi = 72;
    const mmFactor = (1 / 25.4) * outputDpi;
    const cmFactor = (1 / 2.54) * outputDpi;
    if (typeof scalar.value === 'string')
        throw new Error(`Invalid page size: ${value}`);
    switch (scalar.unit) {
        case 'in':
            return scalar.value * outputDpi;
        case 'mm':
            return scalar.value * mmFactor;
        case 'cm':
            return scalar.value * cmFactor;
        case 'px':
            return Math.round(scalar.value * (outputDpi / inputDpi));
        default:
            return scalar.value;
    }
};
const transformUnits = ({ width, height }, dpi) => {
    const result = { width: transformUnit(width, dpi) || 0 };
    const h = transformUnit(height, dpi);
    if (h !== undefined)
        result.height = h;
    return result;
};
/**
 * Transforms array into size object
 *
 * @param v - Values array
 * @returns Size object with width and height
 */
const toSizeObject = (v) => ({
    width: v[0],
    height: v[1],
});
/**
 * Flip size object
 *
 * @param v - Size object
 * @returns Flipped size object
 */
const flipSizeObject = (v) => {
    const result = { width: v.height || 0 };
    if (v.width !== undefined)
        result.height = v.width;
    return result;
};
/**
 * Returns size object from a given string
 *
 * @param v - Page size string
 * @returns Size object with width and height
 */
const getStringSize = (v) => {
    return toSizeObject(PAGE_SIZES[v.toUpperCase()]);
};
/**
 * Returns size object from a single number
 *
 * @param n - Page size number
 * @returns Size object with width and height
 */
const getNumberSize = (n) => toSizeObject([n, n]);
/**
 * Return page size in an object { width, height }
 *
 * @param page - Page node
 * @returns Size object with width and height
 */
const getSize = (page) => {
    const value = page.props?.size || 'A4';
    const dpi = page.props?.dpi || 72;
    let size;
    if (typeof value === 'string') {
        size = getStringSize(value);
    }
    else if (Array.isArray(value)) {
        size = transformUnits(toSizeObject(value), dpi);
    }
    else if (typeof value === 'number') {
        size = transformUnits(getNumberSize(value), dpi);
    }
    else {
        size = transformUnits(value, dpi);
    }
    return isLandscape(page) ? flipSizeObject(size) : size;
};

/**
 * Resolves page size
 *
 * @param page
 * @returns Page with resolved size in style attribute
 */
const resolvePageSize = (page) => {
    const size = getSize(page);
    const style = flatten(page.style || {});
    return { ...page, style: { ...style, ...size } };
};
/**
 * Resolves page sizes
 *
 * @param root  -Document root
 * @returns Document root with resolved page sizes
 */
const resolvePageSizes = (root) => {
    if (!root.children)
        return root;
    const children = root.children.map(resolvePageSize);
    return Object.assign({}, root, { children });
};

const isFixed = (node) => {
    if (!node.props)
        return false;
    return 'fixed' in node.props ? node.props.fixed === true : false;
};

/**
 * Get Y position of a line at given index, relative to the first line.
 * Reads actual line positions so gaps from float exclusion count.
 */
const getLineTop = (lines, index) => {
    if (!lines?.length || index <= 0)
        return 0;
    const startY = lines[0].box.y;
    if (index < lines.length) {
        return lines[index].box.y - startY;
    }
    const lastLine = lines[lines.length - 1];
    return lastLine.box.y - startY + lastLine.box.height;
};

/**
 * Get line index at given height.
 *
 * @param node
 * @param height
 */
const lineIndexAtHeight = (node, height) => {
    if (!node.lines)
        return 0;
    for (let i = 0; i < node.lines.length; i += 1) {
        const lineTop = getLineTop(node.lines, i);
        const lineBottom = lineTop + node.lines[i].box.height;
        if (lineBottom > height)
            return i;
    }
    return node.lines.length;
};

/**
 * Get height for given text line index.
 * Uses actual line y position when available (float wrapping),
 * otherwise uses cumulative height calculation.
 *
 * @param node
 * @param index
 */
const heightAtLineIndex = (node, index) => getLineTop(node.lines, index);

const getLineBreak = (node, height) => {
    const top = node.box?.top || 0;
    const widows = node.props.widows || 2;
    const orphans = node.props.orphans || 2;
    const linesQuantity = node.lines.length;
    const slicedLine = lineIndexAtHeight(node, height - top);
    if (slicedLine === 0) {
        return 0;
    }
    if (linesQuantity < orphans) {
        return linesQuantity;
    }
    if (slicedLine < orphans || linesQuantity < orphans + widows) {
        return 0;
    }
    if (linesQuantity === orphans + widows) {
        return orphans;
    }
    if (linesQuantity - slicedLine < widows) {
        return linesQuantity - widows;
    }
    return slicedLine;
};
// Also receives contentArea in case it's needed
const splitText = (node, height) => {
    const slicedLineIndex = getLineBreak(node, height);
    const currentHeight = heightAtLineIndex(node, slicedLineIndex);
    const nextHeight = node.box.height - currentHeight;
    const current = Object.assign({}, node, {
        box: {
            ...node.box,
            height: currentHeight,
            borderBottomWidth: 0,
        },
        style: {
            ...node.style,
            marginBottom: 0,
            paddingBottom: 0,
            borderBottomWidth: 0,
            borderBottomLeftRadius: 0,
            borderBottomRightRadius: 0,
        },
        lines: node.lines.slice(0, slicedLineIndex),
        exclusions: undefined,
        wasSplit: true,
    });
    const next = Object.assign({}, node, {
        box: {
            ...node.box,
            top: 0,
            height: nextHeight,
            borderTopWidth: 0,
        },
        style: {
            ...node.style,
            marginTop: 0,
            paddingTop: 0,
            borderTopWidth: 0,
            borderTopLeftRadius: 0,
            borderTopRightRadius: 0,
        },
        lines: node.lines.slice(slicedLineIndex),
        exclusions: undefined,
        wasSplit: true,
    });
    return [current, next];
};

const getTop$1 = (node) => node.box?.top || 0;
const hasFixedHeight = (node) => !isNil(node.style?.height);
const splitNode = (node, height) => {
    if (!node)
        return [null, null];
    const nodeTop = getTop$1(node);
    const current = Object.assign({}, node, {
        box: {
            ...node.box,
            borderBottomWidth: 0,
        },
        style: {
            ...node.style,
            marginBottom: 0,
            paddingBottom: 0,
            borderBottomWidth: 0,
            borderBottomLeftRadius: 0,
            borderBottomRightRadius: 0,
        },
    });
    current.style.height = height - nodeTop;
    const nextHeight = hasFixedHeight(node)
        ? node.box.height - (height - nodeTop)
        : null;
    const next = Object.assign({}, node, {
        box: {
            ...node.box,
            top: 0,
            borderTopWidth: 0,
        },
        style: {
            ...node.style,
            marginTop: 0,
            paddingTop: 0,
            borderTopWidth: 0,
            borderTopLeftRadius: 0,
            borderTopRightRadius: 0,
        },
        props: {
            ...node.props,
            bookmark: null,
        },
    });
    if (nextHeight) {
        next.style.height = nextHeight;
    }
    return [current, next];
};

const NON_WRAP_TYPES = [P.Svg, P.Note, P.Image, P.Canvas];
const getWrap = (node) => {
    if (NON_WRAP_TYPES.includes(node.type))
        return false;
    if (!node.props)
        return true;
    return 'wrap' in node.props ? node.props.wrap : true;
};

const getComputedPadding = (node, edge) => {
    const { yogaNode } = node;
    return yogaNode ? yogaNode.getComputedPadding(edge) : null;
};
/**
 * Get Yoga computed paddings. Zero otherwise
 *
 * @param  node
 * @returns paddings
 */
const getPadding = (node) => {
    const { style, box } = node;
    const paddingTop = getComputedPadding(node, Yoga.Edge.Top) ||
        box?.paddingTop ||
        style?.paddingTop ||
        0;
    const paddingRight = getComputedPadding(node, Yoga.Edge.Right) ||
        box?.paddingRight ||
        style?.paddingRight ||
        0;
    const paddingBottom = getComputedPadding(node, Yoga.Edge.Bottom) ||
        box?.paddingBottom ||
        style?.paddingBottom ||
        0;
    const paddingLeft = getComputedPadding(node, Yoga.Edge.Left) ||
        box?.paddingLeft ||
        style?.paddingLeft ||
        0;
    return { paddingTop, paddingRight, paddingBottom, paddingLeft };
};

const getWrapArea = (page) => {
    const height = page.style?.height;
    const { paddingBottom } = getPadding(page);
    return height - paddingBottom;
};

const getContentArea = (page) => {
    const height = page.style?.height;
    const { paddingTop, paddingBottom } = getPadding(page);
    return height - paddingBottom - paddingTop;
};

const getBreak = (node) => 'break' in node.props ? node.props.break : false;
const getMinPresenceAhead = (node) => 'minPresenceAhead' in node.props ? node.props.minPresenceAhead : 0;
const getFurthestEnd = (elements) => {
    if (elements.length === 0)
        return null;
    return Math.max(...elements.map((node) => node.box.top + node.box.height));
};
const getEndOfMinPresenceAhead = (child) => {
    return (child.box.top +
        child.box.height +
        child.box.marginBottom +
        getMinPresenceAhead(child));
};
const getEndOfPresence = (child, futureElements) => {
    const afterMinPresenceAhead = getEndOfMinPresenceAhead(child);
    // leaflet: a node is fixed when its `fixed` is true, here as in isFixed; react-pdf took `fixed={false}` for fixed.
    const nonFixedFuture = futureElements.filter((node) => !isFixed(node));
    const endOfFurthestFutureElement = getFurthestEnd(nonFixedFuture);
    // When there are no future non-fixed siblings, use only minPresenceAhead
    if (endOfFurthestFutureElement === null)
        return afterMinPresenceAhead;
    return Math.min(afterMinPresenceAhead, endOfFurthestFutureElement);
};
const shouldBreak = (child, futureElements, height, previousElements) => {
    // leaflet: as in isFixed. A table's body rows, each `fixed={false}`, were never moved to the next page whole.
    if (isFixed(child))
        return false;
    const shouldSplit = height < child.box.top + child.box.height;
    const canWrap = getWrap(child);
    // Calculate the y coordinate where the desired presence of the child ends
    const endOfPresence = getEndOfPresence(child, futureElements);
    // If the child is already at the top of the page, breaking won't improve its presence
    // (as long as react-pdf does not support breaking into differently sized containers)
    const breakingImprovesPresence = previousElements.filter((node) => !isFixed(node)).length > 0;
    return (getBreak(child) ||
        (shouldSplit && !canWrap) ||
        (!shouldSplit && endOfPresence > height && breakingImprovesPresence));
};

const IGNORABLE_CODEPOINTS = [
    8232, // LINE_SEPARATOR
    8233, // PARAGRAPH_SEPARATOR
    8288, // WORD_JOINER
];
const buildSubsetForFont = (font) => IGNORABLE_CODEPOINTS.reduce((acc, codePoint) => {
    if (font &&
        font.hasGlyphForCodePoint &&
        font.hasGlyphForCodePoint(codePoint)) {
        return acc;
    }
    return [...acc, String.fromCharCode(codePoint)];
}, []);
const ignoreChars = (fragments) => fragments.map((fragment) => {
    const charSubset = buildSubsetForFont(fragment.attributes.font[0]);
    const subsetRegex = new RegExp(charSubset.join('|'));
    return {
        string: fragment.string.replace(subsetRegex, ''),
        attributes: fragment.attributes,
    };
});

const PREPROCESSORS = [ignoreChars, embedEmojis];
const isImage$1 = (node) => node.type === P.Image;
const isRasterImage = (node) => !!node.image && node.image.format !== 'svg';
const isTextInstance$2 = (node) => node.type === P.TextInstance;
/**
 * Get textkit fragments of given node object
 *
 * @param fontStore - Font store
 * @param instance - Node
 * @param parentLink - Parent link
 * @param level - Fragment level
 * @returns Text fragments
 */
const getFragments = (fontStore, instance, parentLink = null, level = 0) => {
    if (!instance)
        return [{ string: '' }];
    let fragments = [];
    const { color = 'black', direction = 'ltr', fontFamily = 'Helvetica', fontWeight, fontStyle, fontSize = 18, fontFeatureSettings, textAlign, lineHeight, textDecoration, textDecorationColor, textDecorationStyle, textTransform, letterSpacing, textIndent, opacity, verticalAlign, } = instance.style;
    const fontFamilies = typeof fontFamily === 'string' ? [fontFamily] : [...(fontFamily || [])];
    // Fallback font
    fontFamilies.push('Helvetica');
    const font = fontFamilies.map((fontFamilyName) => {
        const opts = { fontFamily: fontFamilyName, fontWeight, fontStyle };
        const obj = fontStore.getFont(opts);
        return obj?.data;
    });
    // Don't pass main background color to textkit. Will be rendered by the render package instead
    const backgroundColor = level === 0 ? null : instance.style.backgroundColor;
    const attributes = {
        font,
        color,
        opacity,
        fontSize,
        lineHeight,
        direction,
        verticalAlign,
        backgroundColor,
        indent: textIndent,
        characterSpacing: letterSpacing,
        strikeStyle: textDecorationStyle,
        underlineStyle: textDecorationStyle,
        underline: textDecoration === 'underline' ||
            textDecoration === 'underline line-through' ||
            textDecoration === 'line-through underline',
        strike: textDecoration === 'line-through' ||
            textDecoration === 'underline line-through' ||
            textDecoration === 'line-through underline',
        strikeColor: textDecorationColor || color,
        underlineColor: textDecorationColor || color,
        // @ts-expect-error allow this props access
        link: parentLink || instance.props?.src || instance.props?.href,
        align: textAlign || (direction === 'rtl' ? 'right' : 'left'),
        features: fontFeatureSettings,
    };
    for (let i = 0; i < instance.children.length; i += 1) {
        const child = instance.children[i];
        if (isImage$1(child) && isRasterImage(child)) {
            fragments.push({
                string: String.fromCharCode(0xfffc),
                attributes: {
                    ...attributes,
                    attachment: {
                        width: (child.style.width || fontSize),
                        height: (child.style.height || fontSize),
                        image: child.image.data,
                    },
                },
            });
        }
        else if (isTextInstance$2(child)) {
            fragments.push({
                string: transformText(child.value, textTransform),
                attributes,
            });
        }
        else if (child && !isImage$1(child)) {
            fragments.push(...getFragments(fontStore, child, attributes.link, level + 1));
        }
    }
    for (let i = 0; i < PREPROCESSORS.length; i += 1) {
        const preprocessor = PREPROCESSORS[i];
        fragments = preprocessor(fragments);
    }
    return fragments;
};
/**
 * Get textkit attributed string from text node
 *
 * @param fontStore - Font store
 * @param instance Node
 * @returns Attributed string
 */
const getAttributedString = (fontStore, instance) => {
    const fragments = getFragments(fontStore, instance);
    return fromFragments(fragments);
};

const engines = {
    bidi,
    linebreaker,
    justification,
    textDecoration,
    scriptItemizer,
    wordHyphenation,
    fontSubstitution,
};
const engine = layoutEngine(engines);
const getMaxLines = (node) => node.style?.maxLines;
const getTextOverflow = (node) => node.style?.textOverflow;
/**
 * Generate exclusion shapes from node exclusions for textkit,
 * in coordinates relative to the text container.
 */
const getExclusions = (node) => {
    const exclusions = node.exclusions;
    if (!exclusions || exclusions.length === 0)
        return undefined;
    const offsetY = (node.box?.top ?? 0) + (node.box?.paddingTop ?? 0);
    return exclusions.map((exclusion) => {
        if (exclusion.type === 'ellipse') {
            return { ...exclusion, cy: exclusion.cy - offsetY };
        }
        if (exclusion.type === 'polygon') {
            return {
                ...exclusion,
                points: exclusion.points.map((p) => ({ x: p.x, y: p.y - offsetY })),
            };
        }
        return { ...exclusion, y: exclusion.y - offsetY };
    });
};
/**
 * Get layout container for specific text node
 *
 * @param {number} width
 * @param {number} height
 * @param {Object} node
 * @returns {Object} layout container
 */
const getContainer = (width, height, node) => {
    const maxLines = getMaxLines(node);
    const textOverflow = getTextOverflow(node);
    return {
        x: 0,
        y: 0,
        width,
        maxLines,
        height: height || Infinity,
        truncateMode: textOverflow,
        exclusions: getExclusions(node),
    };
};
/**
 * Get text layout options for specific text node
 *
 * @param {Object} node instance
 * @returns {Object} layout options
 */
const getLayoutOptions = (fontStore, node) => ({
    hyphenationPenalty: node.props.hyphenationPenalty,
    shrinkWhitespaceFactor: { before: -0.5, after: -0.5 },
    hyphenationCallback: node.props.hyphenationCallback ||
        fontStore?.getHyphenationCallback() ||
        null,
});
/**
 * Get text lines for given node
 *
 * @param node - Node
 * @param width - Container width
 * @param height - Container height
 * @param fontStore - Font store
 * @returns Layout lines
 */
const layoutText = (node, width, height, fontStore) => {
    const attributedString = getAttributedString(fontStore, node);
    const container = getContainer(width, height, node);
    const options = getLayoutOptions(fontStore, node);
    // leaflet: lines laid out in one of the last renders are reused (see text-memo.js).
    return remembered(layoutKey(attributedString, container, options), () => engine(attributedString, container, options).flat());
};

const isSvg$2 = (node) => node.type === P.Svg;
const isText$5 = (node) => node.type === P.Text;
const shouldIterate = (node) => !isSvg$2(node) && !isText$5(node);
/**
 * Check if text node needs layout.
 * Re-layout is needed if no lines calculated yet or has exclusions.
 */
const shouldLayoutText = (node) => isText$5(node) && (!node.lines || (node.exclusions?.length ?? 0) > 0);
/**
 * Performs text layout on text node if wasn't calculated before.
 * Text layout is usually performed on Yoga's layout process (via setMeasureFunc),
 * but we need to layout those nodes with fixed width and height.
 *
 * @param node
 * @returns Layout node
 */
const resolveTextLayout = (node, fontStore) => {
    if (shouldLayoutText(node)) {
        const width = node.box.width - node.box.paddingRight - node.box.paddingLeft;
        // Text expands vertically when flowing around exclusions
        const height = node.exclusions?.length
            ? Infinity
            : node.box.height - node.box.paddingTop - node.box.paddingBottom;
        node.lines = layoutText(node, width, height, fontStore);
    }
    if (shouldIterate(node)) {
        if (!node.children)
            return node;
        const mapChild = (child) => resolveTextLayout(child, fontStore);
        const children = node.children.map(mapChild);
        return Object.assign({}, node, { children });
    }
    return node;
};

const BASE_INHERITABLE_PROPERTIES = [
    'color',
    'fontFamily',
    'fontSize',
    'fontStyle',
    'fontWeight',
    'fontFeatureSettings',
    'letterSpacing',
    'opacity',
    'textDecoration',
    'textTransform',
    'lineHeight',
    'textAlign',
    'visibility',
    'wordSpacing',
];
const TEXT_INHERITABLE_PROPERTIES = [
    ...BASE_INHERITABLE_PROPERTIES,
    'backgroundColor',
];
const isType$2 = (type) => (node) => node.type === type;
const isSvg$1 = isType$2(P.Svg);
const isText$4 = isType$2(P.Text);
// Merge style values
const mergeValues = (styleName, value, inheritedValue) => {
    switch (styleName) {
        case 'textDecoration': {
            // merge not none and not false textDecoration values to one rule
            return [inheritedValue, value].filter((v) => v && v !== 'none').join(' ');
        }
        default:
            return value;
    }
};
// Merge inherited and node styles
const merge = (inheritedStyles, style) => {
    const mergedStyles = { ...inheritedStyles };
    Object.entries(style).forEach(([styleName, value]) => {
        mergedStyles[styleName] = mergeValues(styleName, value, inheritedStyles[styleName]);
    });
    return mergedStyles;
};
/**
 * Merges styles with node
 *
 * @param inheritedStyles - Style object
 * @returns Merge styles function
 */
const mergeStyles = (inheritedStyles) => (node) => {
    const style = merge(inheritedStyles, node.style || {});
    return Object.assign({}, node, { style });
};
/**
 * Inherit style values from the root to the leafs
 *
 * @param node - Document root
 * @returns Document root with inheritance
 *
 */
const resolveInheritance = (node) => {
    if (isSvg$1(node))
        return node;
    if (!('children' in node))
        return node;
    const inheritableProperties = isText$4(node)
        ? TEXT_INHERITABLE_PROPERTIES
        : BASE_INHERITABLE_PROPERTIES;
    const inheritStyles = pick(inheritableProperties, node.style || {});
    const resolveChild = compose(resolveInheritance, mergeStyles(inheritStyles));
    const children = node.children.map(resolveChild);
    return Object.assign({}, node, { children });
};

const getComputedMargin = (node, edge) => {
    const { yogaNode } = node;
    return yogaNode ? yogaNode.getComputedMargin(edge) : null;
};
/**
 * Get Yoga computed magins. Zero otherwise
 *
 * @param node
 * @returns Margins
 */
const getMargin = (node) => {
    const { style, box } = node;
    const marginTop = getComputedMargin(node, Yoga.Edge.Top) ||
        box?.marginTop ||
        style?.marginTop ||
        0;
    const marginRight = getComputedMargin(node, Yoga.Edge.Right) ||
        box?.marginRight ||
        style?.marginRight ||
        0;
    const marginBottom = getComputedMargin(node, Yoga.Edge.Bottom) ||
        box?.marginBottom ||
        style?.marginBottom ||
        0;
    const marginLeft = getComputedMargin(node, Yoga.Edge.Left) ||
        box?.marginLeft ||
        style?.marginLeft ||
        0;
    return { marginTop, marginRight, marginBottom, marginLeft };
};

/**
 * Get Yoga computed position. Zero otherwise
 *
 * @param node
 * @returns Position
 */
const getPosition = (node) => {
    const { yogaNode } = node;
    return {
        top: yogaNode?.getComputedTop() || 0,
        right: yogaNode?.getComputedRight() || 0,
        bottom: yogaNode?.getComputedBottom() || 0,
        left: yogaNode?.getComputedLeft() || 0,
    };
};

const DEFAULT_DIMENSION = {
    width: 0,
    height: 0,
};
/**
 * Get Yoga computed dimensions. Zero otherwise
 *
 * @param node
 * @returns Dimensions
 */
const getDimension = (node) => {
    const { yogaNode } = node;
    if (!yogaNode)
        return DEFAULT_DIMENSION;
    return {
        width: yogaNode.getComputedWidth(),
        height: yogaNode.getComputedHeight(),
    };
};

const getComputedBorder = (yogaNode, edge) => (yogaNode ? yogaNode.getComputedBorder(edge) : 0);
/**
 * Get Yoga computed border width. Zero otherwise
 *
 * @param node
 * @returns Border widths
 */
const getBorderWidth = (node) => {
    const { yogaNode } = node;
    return {
        borderTopWidth: getComputedBorder(yogaNode, Yoga.Edge.Top),
        borderRightWidth: getComputedBorder(yogaNode, Yoga.Edge.Right),
        borderBottomWidth: getComputedBorder(yogaNode, Yoga.Edge.Bottom),
        borderLeftWidth: getComputedBorder(yogaNode, Yoga.Edge.Left),
    };
};

/**
 * Set display attribute to node's Yoga instance
 *
 * @param value - Display
 * @returns Node instance wrapper
 */
const setDisplay = (value) => (node) => {
    const { yogaNode } = node;
    if (yogaNode) {
        yogaNode.setDisplay(value === 'none' ? Yoga.Display.None : Yoga.Display.Flex);
    }
    return node;
};

const OVERFLOW = {
    hidden: Yoga.Overflow.Hidden,
    scroll: Yoga.Overflow.Scroll,
};
/**
 * Set overflow attribute to node's Yoga instance
 *
 * @param value - Overflow value
 * @returns Node instance wrapper
 */
const setOverflow = (value) => (node) => {
    const { yogaNode } = node;
    if (!isNil(value) && yogaNode) {
        const overflow = OVERFLOW[value] || Yoga.Overflow.Visible;
        yogaNode.setOverflow(overflow);
    }
    return node;
};

const FLEX_WRAP = {
    wrap: Yoga.Wrap.Wrap,
    'wrap-reverse': Yoga.Wrap.WrapReverse,
};
/**
 * Set flex wrap attribute to node's Yoga instance
 *
 * @param value - Flex wrap value
 * @returns Node instance wrapper
 */
const setFlexWrap = (value) => (node) => {
    const { yogaNode } = node;
    if (yogaNode) {
        const flexWrap = FLEX_WRAP[value] || Yoga.Wrap.NoWrap;
        yogaNode.setFlexWrap(flexWrap);
    }
    return node;
};

/**
 * Set generic yoga attribute to node's Yoga instance, handing `auto`, edges and percentage cases
 *
 * @param attr - Property
 * @param edge - Edge
 * @returns Node instance wrapper
 */
// leaflet: the method names are made once per property, not for each node, and only a string can be a percentage.
const setYogaValue = (attr, edge) => {
    const hasEdge = !isNil(edge);
    const fixedMethod = `set${upperFirst(attr)}`;
    const autoMethod = `${fixedMethod}Auto`;
    const percentMethod = `${fixedMethod}Percent`;
    return (value) => (node) => setYogaValueOf(node, value, attr, edge, hasEdge, fixedMethod, autoMethod, percentMethod);
};
const setYogaValueOf = (node, value, attr, edge, hasEdge, fixedMethod, autoMethod, percentMethod) => {
    const { yogaNode } = node;
    if (!isNil(value) && yogaNode) {
        const percent = typeof value === 'string' ? matchPercent(value) : null;
        if (percent && !yogaNode[percentMethod]) {
            throw new Error(`You can't pass percentage values to ${attr} property`);
        }
        if (percent) {
            if (hasEdge) {
                yogaNode[percentMethod]?.(edge, percent.value);
            }
            else {
                yogaNode[percentMethod]?.(percent.value);
            }
        }
        else if (value === 'auto') {
            if (hasEdge) {
                yogaNode[autoMethod]?.(edge);
            }
            else {
                yogaNode[autoMethod]?.();
            }
        }
        else if (hasEdge) {
            yogaNode[fixedMethod]?.(edge, value);
        }
        else {
            yogaNode[fixedMethod]?.(value);
        }
    }
    return node;
};

/**
 * Set flex grow attribute to node's Yoga instance
 *
 * @param  value - Flex grow value
 * @returns Node instance wrapper
 */
const setFlexGrow = (value) => (node) => {
    return setYogaValue('flexGrow')(value || 0)(node);
};

/**
 * Set flex basis attribute to node's Yoga instance
 *
 * @param flex - Basis value
 * @param node - Node instance
 * @returns Node instance
 */
const setFlexBasis = setYogaValue('flexBasis');

const ALIGN = {
    'flex-start': Yoga.Align.FlexStart,
    center: Yoga.Align.Center,
    'flex-end': Yoga.Align.FlexEnd,
    stretch: Yoga.Align.Stretch,
    baseline: Yoga.Align.Baseline,
    'space-between': Yoga.Align.SpaceBetween,
    'space-around': Yoga.Align.SpaceAround,
    'space-evenly': Yoga.Align.SpaceEvenly,
};
/**
 * Set generic align attribute to node's Yoga instance
 *
 * @param attr - Specific align property
 * @param value - Specific align value
 * @param node - Node
 * @returns Node
 */
const setAlign = (attr) => (value) => (node) => {
    const { yogaNode } = node;
    const defaultValue = attr === 'items' ? Yoga.Align.Stretch : Yoga.Align.Auto;
    if (yogaNode) {
        const align = ALIGN[value] || defaultValue;
        yogaNode[`setAlign${upperFirst(attr)}`](align);
    }
    return node;
};

/**
 * Set align self attribute to node's Yoga instance
 *
 * @param align - Value
 * @param node - Node instance
 * @returns Node instance
 */
const setAlignSelf = setAlign('self');

/**
 * Set align items attribute to node's Yoga instance
 *
 * @param align - Value
 * @param node - Node instance
 * @returns Node instance
 */
const setAlignItems = setAlign('items');

/**
 * Set flex shrink attribute to node's Yoga instance
 *
 * @param value - Flex shrink value
 * @returns Node instance wrapper
 */
const setFlexShrink = (value) => (node) => {
    return setYogaValue('flexShrink')(value || 1)(node);
};

/**
 * Set aspect ratio attribute to node's Yoga instance
 *
 * @param value - Ratio
 * @returns Node instance
 */
const setAspectRatio = (value) => (node) => {
    const { yogaNode } = node;
    if (!isNil(value) && yogaNode) {
        yogaNode.setAspectRatio(value);
    }
    return node;
};

/**
 * Set align content attribute to node's Yoga instance
 *
 * @param align - Value
 * @param node - Instance
 * @returns Node instance
 */
const setAlignContent = setAlign('content');

const POSITION = {
    absolute: Yoga.PositionType.Absolute,
    relative: Yoga.PositionType.Relative,
    static: Yoga.PositionType.Static,
};
/**
 * Set position type attribute to node's Yoga instance
 *
 * @param value - Position position type
 * @returns Node instance
 */
const setPositionType = (value) => (node) => {
    const { yogaNode } = node;
    if (!isNil(value) && yogaNode) {
        yogaNode.setPositionType(POSITION[value]);
    }
    return node;
};

const FLEX_DIRECTIONS = {
    row: Yoga.FlexDirection.Row,
    'row-reverse': Yoga.FlexDirection.RowReverse,
    'column-reverse': Yoga.FlexDirection.ColumnReverse,
};
/**
 * Set flex direction attribute to node's Yoga instance
 *
 * @param value - Flex direction value
 * @returns Node instance wrapper
 */
const setFlexDirection = (value) => (node) => {
    const { yogaNode } = node;
    if (yogaNode) {
        const flexDirection = FLEX_DIRECTIONS[value] || Yoga.FlexDirection.Column;
        yogaNode.setFlexDirection(flexDirection);
    }
    return node;
};

const JUSTIFY_CONTENT = {
    center: Yoga.Justify.Center,
    'flex-end': Yoga.Justify.FlexEnd,
    'space-between': Yoga.Justify.SpaceBetween,
    'space-around': Yoga.Justify.SpaceAround,
    'space-evenly': Yoga.Justify.SpaceEvenly,
};
/**
 * Set justify content attribute to node's Yoga instance
 *
 * @param value - Justify content value
 * @returns Node instance wrapper
 */
const setJustifyContent = (value) => (node) => {
    const { yogaNode } = node;
    if (!isNil(value) && yogaNode) {
        const justifyContent = JUSTIFY_CONTENT[value] || Yoga.Justify.FlexStart;
        yogaNode.setJustifyContent(justifyContent);
    }
    return node;
};

/**
 * Set margin top attribute to node's Yoga instance
 *
 * @param margin - Margin top
 * @param node - Node instance
 * @returns Node instance
 */
const setMarginTop = setYogaValue('margin', Yoga.Edge.Top);
/**
 * Set margin right attribute to node's Yoga instance
 *
 * @param margin - Margin right
 * @param node - Node instance
 * @returns Node instance
 */
const setMarginRight = setYogaValue('margin', Yoga.Edge.Right);
/**
 * Set margin bottom attribute to node's Yoga instance
 *
 * @param margin - Margin bottom
 * @param node - Node instance
 * @returns Node instance
 */
const setMarginBottom = setYogaValue('margin', Yoga.Edge.Bottom);
/**
 * Set margin left attribute to node's Yoga instance
 *
 * @param margin - Margin left
 * @param node - Node instance
 * @returns Node instance
 */
const setMarginLeft = setYogaValue('margin', Yoga.Edge.Left);

/**
 * Set padding top attribute to node's Yoga instance
 *
 * @param padding - Padding top
 * @param node - Node instance
 * @returns Node instance
 */
const setPaddingTop = setYogaValue('padding', Yoga.Edge.Top);
/**
 * Set padding right attribute to node's Yoga instance
 *
 * @param padding - Padding right
 * @param node - Node instance
 * @returns Node instance
 */
const setPaddingRight = setYogaValue('padding', Yoga.Edge.Right);
/**
 * Set padding bottom attribute to node's Yoga instance
 *
 * @param padding - Padding bottom
 * @param node Node instance
 * @returns Node instance
 */
const setPaddingBottom = setYogaValue('padding', Yoga.Edge.Bottom);
/**
 * Set padding left attribute to node's Yoga instance
 *
 * @param padding - Padding left
 * @param node - Node instance
 * @returns Node instance
 */
const setPaddingLeft = setYogaValue('padding', Yoga.Edge.Left);

/**
 * Set border top attribute to node's Yoga instance
 *
 * @param border - Border top width
 * @param node - Node instance
 * @returns Node instance
 */
const setBorderTop = setYogaValue('border', Yoga.Edge.Top);
/**
 * Set border right attribute to node's Yoga instance
 *
 * @param border - Border right width
 * @param node - Node instance
 * @returns Node instance
 */
const setBorderRight = setYogaValue('border', Yoga.Edge.Right);
/**
 * Set border bottom attribute to node's Yoga instance
 *
 * @param border - Border bottom width
 * @param node - Node instance
 * @returns Node instance
 */
const setBorderBottom = setYogaValue('border', Yoga.Edge.Bottom);
/**
 * Set border left attribute to node's Yoga instance
 *
 * @param border - Border left width
 * @param node - Node instance
 * @returns Node instance
 */
const setBorderLeft = setYogaValue('border', Yoga.Edge.Left);

/**
 * Set position top attribute to node's Yoga instance
 *
 * @param position - Position top
 * @param node - Node instance
 * @returns Node instance
 */
const setPositionTop = setYogaValue('position', Yoga.Edge.Top);
/**
 * Set position right attribute to node's Yoga instance
 *
 * @param position - Position right
 * @param node - Node instance
 * @returns Node instance
 */
const setPositionRight = setYogaValue('position', Yoga.Edge.Right);
/**
 * Set position bottom attribute to node's Yoga instance
 *
 * @param position - Position bottom
 * @param node - Node instance
 * @returns Node instance
 */
const setPositionBottom = setYogaValue('position', Yoga.Edge.Bottom);
/**
 * Set position left attribute to node's Yoga instance
 *
 * @param position - Position left
 * @param node - Node instance
 * @returns Node instance
 */
const setPositionLeft = setYogaValue('position', Yoga.Edge.Left);

/**
 * Set width to node's Yoga instance
 *
 * @param width - Width
 * @param node - Node instance
 * @returns Node instance
 */
const setWidth = setYogaValue('width');
/**
 * Set min width to node's Yoga instance
 *
 * @param min - Width
 * @param node - Node instance
 * @returns Node instance
 */
const setMinWidth = setYogaValue('minWidth');
/**
 * Set max width to node's Yoga instance
 *
 * @param max - Width
 * @param node - Node instance
 * @returns Node instance
 */
const setMaxWidth = setYogaValue('maxWidth');
/**
 * Set height to node's Yoga instance
 *
 * @param height - Height
 * @param node - Node instance
 * @returns Node instance
 */
const setHeight = setYogaValue('height');
/**
 * Set min height to node's Yoga instance
 *
 * @param min - Height
 * @param node - Node instance
 * @returns Node instance
 */
const setMinHeight = setYogaValue('minHeight');
/**
 * Set max height to node's Yoga instance
 *
 * @param max - Height
 * @param node - Node instance
 * @returns Node instance
 */
const setMaxHeight = setYogaValue('maxHeight');

/**
 * Set rowGap value to node's Yoga instance
 *
 * @param value - Gap value
 * @returns Node instance wrapper
 */
const setRowGap = setYogaValue('gap', Yoga.Gutter.Row);
/**
 * Set columnGap value to node's Yoga instance
 *
 * @param value - Gap value
 * @returns Node instance wrapper
 */
const setColumnGap = setYogaValue('gap', Yoga.Gutter.Column);

const getAspectRatio = (viewbox) => {
    if (!viewbox)
        return null;
    if (typeof viewbox === 'string')
        return null;
    return (viewbox.maxX - viewbox.minX) / (viewbox.maxY - viewbox.minY);
};
/**
 * Yoga svg measure function
 *
 * @param page
 * @param node
 * @returns Measure svg
 */
const measureCanvas$1 = (page, node) => (width, widthMode, height, heightMode) => {
    const aspectRatio = getAspectRatio(node.props.viewBox) || 1;
    if (widthMode === Yoga.MeasureMode.Exactly ||
        widthMode === Yoga.MeasureMode.AtMost) {
        return { width, height: width / aspectRatio };
    }
    if (heightMode === Yoga.MeasureMode.Exactly) {
        return { width: height * aspectRatio };
    }
    return {};
};

/**
 * Get lines width (if any)
 *
 * @param node
 * @returns Lines width
 */
const linesWidth = (node) => {
    if (!node.lines)
        return 0;
    return Math.max(0, ...node.lines.map((line) => line.xAdvance));
};

/**
 * Get lines height (if any)
 *
 * @param node
 * @returns Lines height
 */
const linesHeight = (node) => {
    if (!node.lines)
        return -1;
    return node.lines.reduce((acc, line) => acc + line.box.height, 0);
};

const ALIGNMENT_FACTORS = { center: 0.5, right: 1 };
/**
 * Yoga text measure function
 *
 * @param page
 * @param node
 * @param fontStore
 * @returns {MeasureText} measure text function
 */
const measureText = (page, node, fontStore) => (width, widthMode, height) => {
    if (widthMode === Yoga.MeasureMode.Exactly) {
        if (!node.lines)
            node.lines = layoutText(node, width, height, fontStore);
        return { height: linesHeight(node), width };
    }
    if (widthMode === Yoga.MeasureMode.AtMost) {
        const alignFactor = ALIGNMENT_FACTORS[node.style?.textAlign] || 0;
        if (!node.lines) {
            node.lines = layoutText(node, width, height, fontStore);
            node.alignOffset = (width - linesWidth(node)) * alignFactor; // Compensate align in variable width containers
        }
        return {
            height: linesHeight(node),
            width: Math.min(width, linesWidth(node)),
        };
    }
    return {};
};

/**
 * Get image ratio
 *
 * @param node - Image node
 * @returns Image ratio
 */
const getRatio = (node) => {
    return node.image?.data ? node.image.width / node.image.height : 1;
};

/**
 * Checks if page has auto height
 *
 * @param page
 * @returns Is page height auto
 */
const isHeightAuto = (page) => isNil(page.box?.height);

const SAFETY_HEIGHT$1 = 10;
/**
 * Yoga image measure function
 *
 * @param page - Page
 * @param node - Node
 * @returns Measure image
 */
const measureImage = (page, node) => (width, widthMode, height, heightMode) => {
    const imageRatio = getRatio(node);
    const imageMargin = getMargin(node);
    const pagePadding = getPadding(page);
    // TODO: Check image percentage margins
    const pageArea = isHeightAuto(page)
        ? Infinity
        : (page.box?.height || 0) -
            pagePadding.paddingTop -
            pagePadding.paddingBottom -
            imageMargin.marginTop -
            imageMargin.marginBottom -
            SAFETY_HEIGHT$1;
    // Skip measure if image data not present yet
    if (!node.image)
        return { width: 0, height: 0 };
    if (widthMode === Yoga.MeasureMode.Exactly &&
        heightMode === Yoga.MeasureMode.Undefined) {
        const scaledHeight = width / imageRatio;
        return { height: Math.min(pageArea, scaledHeight) };
    }
    if (heightMode === Yoga.MeasureMode.Exactly &&
        (widthMode === Yoga.MeasureMode.AtMost ||
            widthMode === Yoga.MeasureMode.Undefined)) {
        return { width: Math.min(height * imageRatio, width) };
    }
    if (widthMode === Yoga.MeasureMode.Exactly &&
        heightMode === Yoga.MeasureMode.AtMost) {
        const scaledHeight = width / imageRatio;
        return { height: Math.min(height, pageArea, scaledHeight) };
    }
    if (widthMode === Yoga.MeasureMode.AtMost &&
        heightMode === Yoga.MeasureMode.AtMost) {
        if (imageRatio > 1) {
            return {
                width,
                height: Math.min(width / imageRatio, height),
            };
        }
        return {
            height,
            width: Math.min(height * imageRatio, width),
        };
    }
    return { height, width };
};

const SAFETY_HEIGHT = 10;
const getMax = (values) => Math.max(-Infinity, ...values);
/**
 * Helper object to predict canvas size
 * TODO: Implement remaining functions (as close as possible);
 */
const measureCtx = () => {
    const ctx = {};
    const points = [];
    const nil = () => ctx;
    const addPoint = (x, y) => points.push([x, y]);
    const moveTo = (x, y) => {
        addPoint(x, y);
        return ctx;
    };
    const rect = (x, y, w, h) => {
        addPoint(x, y);
        addPoint(x + w, y);
        addPoint(x, y + h);
        addPoint(x + w, y + h);
        return ctx;
    };
    const ellipse = (x, y, rx, ry) => {
        ry = ry || rx;
        addPoint(x - rx, y - ry);
        addPoint(x + rx, y - ry);
        addPoint(x + rx, y + ry);
        addPoint(x - rx, y + ry);
        return ctx;
    };
    const polygon = (...pts) => {
        points.push(...pts);
        return ctx;
    };
    // Change dimensions
    ctx.rect = rect;
    ctx.moveTo = moveTo;
    ctx.lineTo = moveTo;
    ctx.circle = ellipse;
    ctx.polygon = polygon;
    ctx.ellipse = ellipse;
    ctx.roundedRect = rect;
    // To be implemented
    ctx.text = nil;
    ctx.path = nil;
    ctx.lineWidth = nil;
    ctx.bezierCurveTo = nil;
    ctx.quadraticCurveTo = nil;
    ctx.scale = nil;
    ctx.rotate = nil;
    ctx.translate = nil;
    // These don't change dimensions
    ctx.dash = nil;
    ctx.clip = nil;
    ctx.save = nil;
    ctx.fill = nil;
    ctx.font = nil;
    ctx.stroke = nil;
    ctx.lineCap = nil;
    ctx.opacity = nil;
    ctx.restore = nil;
    ctx.lineJoin = nil;
    ctx.fontSize = nil;
    ctx.fillColor = nil;
    ctx.miterLimit = nil;
    ctx.strokeColor = nil;
    ctx.fillOpacity = nil;
    ctx.strokeOpacity = nil;
    ctx.linearGradient = nil;
    ctx.radialGradient = nil;
    ctx.getWidth = () => getMax(points.map((p) => p[0]));
    ctx.getHeight = () => getMax(points.map((p) => p[1]));
    return ctx;
};
/**
 * @typedef {Function} MeasureCanvas
 * @returns {{ width: number, height: number }} canvas width and height
 */
/**
 * Yoga canvas measure function
 *
 * @param {Object} page
 * @param {Object} node
 * @returns {MeasureCanvas} measure canvas
 */
const measureCanvas = (page, node) => () => {
    const imageMargin = getMargin(node);
    const pagePadding = getPadding(page);
    // TODO: Check image percentage margins
    const pageArea = isHeightAuto(page)
        ? Infinity
        : (page.box?.height || 0) -
            pagePadding.paddingTop -
            pagePadding.paddingBottom -
            imageMargin.marginTop -
            imageMargin.marginBottom -
            SAFETY_HEIGHT;
    const ctx = measureCtx();
    node.props.paint(ctx);
    const width = ctx.getWidth();
    const height = Math.min(pageArea, ctx.getHeight());
    return { width, height };
};

const isType$1 = (type) => (node) => node.type === type;
const isSvg = isType$1(P.Svg);
const isText$3 = isType$1(P.Text);
const isNote = isType$1(P.Note);
const isPage = isType$1(P.Page);
const isImage = isType$1(P.Image);
const isCanvas = isType$1(P.Canvas);
const isTextInstance$1 = isType$1(P.TextInstance);
const setNodeHeight = (node) => {
    const value = isPage(node) ? node.box?.height : node.style?.height;
    return setHeight(value);
};
/**
 * Set styles valeus into yoga node before layout calculation
 *
 * @param node
 */
const setYogaValues = (node) => {
    compose(setNodeHeight(node), setWidth(node.style.width), setMinWidth(node.style.minWidth), setMaxWidth(node.style.maxWidth), setMinHeight(node.style.minHeight), setMaxHeight(node.style.maxHeight), setMarginTop(node.style.marginTop), setMarginRight(node.style.marginRight), setMarginBottom(node.style.marginBottom), setMarginLeft(node.style.marginLeft), setPaddingTop(node.style.paddingTop), setPaddingRight(node.style.paddingRight), setPaddingBottom(node.style.paddingBottom), setPaddingLeft(node.style.paddingLeft), setPositionType(node.style.position), setPositionTop(node.style.top), setPositionRight(node.style.right), setPositionBottom(node.style.bottom), setPositionLeft(node.style.left), setBorderTop(node.style.borderTopWidth), setBorderRight(node.style.borderRightWidth), setBorderBottom(node.style.borderBottomWidth), setBorderLeft(node.style.borderLeftWidth), setDisplay(node.style.display), setFlexDirection(node.style.flexDirection), setAlignSelf(node.style.alignSelf), setAlignContent(node.style.alignContent), setAlignItems(node.style.alignItems), setJustifyContent(node.style.justifyContent), setFlexWrap(node.style.flexWrap), setOverflow(node.style.overflow), setAspectRatio(node.style.aspectRatio), setFlexBasis(node.style.flexBasis), setFlexGrow(node.style.flexGrow), setFlexShrink(node.style.flexShrink), setRowGap(node.style.rowGap), setColumnGap(node.style.columnGap))(node);
};
/**
 * Inserts child into parent' yoga node
 *
 * @param parent parent
 * @returns Insert yoga nodes
 */
const insertYogaNodes = (parent) => (child) => {
    parent.insertChild(child.yogaNode, parent.getChildCount());
    return child;
};
const setMeasureFunc = (node, page, fontStore) => {
    const { yogaNode } = node;
    if (isText$3(node)) {
        yogaNode.setMeasureFunc(measureText(page, node, fontStore));
    }
    if (isImage(node)) {
        yogaNode.setMeasureFunc(measureImage(page, node));
    }
    if (isCanvas(node)) {
        yogaNode.setMeasureFunc(measureCanvas(page, node));
    }
    if (isSvg(node)) {
        yogaNode.setMeasureFunc(measureCanvas$1(page, node));
    }
    return node;
};
const isLayoutElement = (node) => !isText$3(node) && !isNote(node) && !isSvg(node);
/**
 * @typedef {Function} CreateYogaNodes
 * @param {Object} node
 * @returns {Object} node with appended yoga node
 */
/**
 * Creates and add yoga node to document tree
 * Handles measure function for text and image nodes
 *
 * @returns Create yoga nodes
 */
const createYogaNodes = (page, fontStore, yoga) => (node) => {
    const yogaNode = yoga.node.create();
    const result = Object.assign({}, node, { yogaNode });
    setYogaValues(result);
    if (isLayoutElement(node) && node.children) {
        const resolveChild = compose(insertYogaNodes(yogaNode), createYogaNodes(page, fontStore, yoga));
        result.children = node.children.map(resolveChild);
    }
    setMeasureFunc(result, page, fontStore);
    return result;
};
/**
 * Performs yoga calculation
 *
 * @param page - Page node
 * @returns Page node
 */
const calculateLayout = (page) => {
    page.yogaNode.calculateLayout();
    return page;
};
/**
 * Saves Yoga layout result into 'box' attribute of node
 *
 * @param node
 * @returns Node with box data
 */
const persistDimensions = (node) => {
    if (isTextInstance$1(node))
        return node;
    const box = Object.assign(getPadding(node), getMargin(node), getBorderWidth(node), getPosition(node), getDimension(node));
    const newNode = Object.assign({}, node, { box });
    if (!node.children)
        return newNode;
    const children = node.children.map(persistDimensions);
    return Object.assign({}, newNode, { children });
};
/**
 * Removes yoga node from document tree
 *
 * @param node
 * @returns Node without yoga node
 */
// leaflet: the node is copied without its yoga node, not copied and then `delete`d from, which turns every node
// of the document into a slow dictionary-mode object for the rest of the layout and the drawing.
const destroyYogaNodes = (node) => {
    const { yogaNode: _yogaNode, ...newNode } = node;
    if (!node.children)
        return newNode;
    newNode.children = node.children.map(destroyYogaNodes);
    return newNode;
};
/**
 * Free yoga node from document tree
 *
 * @param node
 * @returns Node without yoga node
 */
const freeYogaNodes = (node) => {
    if (node.yogaNode)
        node.yogaNode.freeRecursive();
    return node;
};
/**
 * Calculates page object layout using Yoga.
 * Takes node values from 'box' and 'style' attributes, and persist them back into 'box'
 * Destroy yoga values at the end.
 *
 * @param page - Object
 * @returns Page object with correct 'box' layout attributes
 */
const resolvePageDimensions = (page, fontStore, yoga) => {
    if (isNil(page))
        return null;
    return compose(destroyYogaNodes, freeYogaNodes, persistDimensions, calculateLayout, createYogaNodes(page, fontStore, yoga))(page);
};
/**
 * Calculates root object layout using Yoga.
 *
 * @param node - Root object
 * @param fontStore - Font store
 * @returns Root object with correct 'box' layout attributes
 */
const resolveDimensions = (node, fontStore) => {
    if (!node.children)
        return node;
    const resolveChild = (child) => resolvePageDimensions(child, fontStore, node.yoga);
    const children = node.children.map(resolveChild);
    return Object.assign({}, node, { children });
};

// Run a page back through the style and yoga steps. Used wherever a page's
// contents changed after the first pass: dynamic content that rendered, or a
// finished page being given its real height.
const relayoutPage = compose(markResolved, resolveTextLayout, resolveFloats, resolvePageDimensions, resolveInheritance, resolvePageStyles);

const isText$2 = (node) => node.type === P.Text;
// Prevent splitting elements by low decimal numbers
const SAFETY_THRESHOLD = 0.001;
const assingChildren = (children, node) => Object.assign({}, node, { children });
const getTop = (node) => node.box?.top || 0;
const allFixed = (nodes) => nodes.every(isFixed);
const isDynamic$1 = (node) => node.props && 'render' in node.props;
const warnUnavailableSpace = (node) => {
    console.warn(`Node of type ${node.type} can't wrap between pages and it's bigger than available page height`);
};
// `nested`: the nodes are a split node's children, not a page's. leaflet's change: there, a child none of whose
// children stay on this page moves whole to the next, even when it is the first of its siblings. react-pdf kept
// it whole on this page, since an empty page must take something; but that holds only for the page's own
// children. Inside a table row cut within its cells' top padding, the first cell was kept here whole, its text
// drawn past the page's foot, and the other cells went to the next page.
const splitNodes = (height, contentArea, nodes, nested = false) => {
    const currentChildren = [];
    const nextChildren = [];
    for (let i = 0; i < nodes.length; i += 1) {
        const child = nodes[i];
        const futureNodes = nodes.slice(i + 1);
        const futureFixedNodes = futureNodes.filter(isFixed);
        const nodeTop = getTop(child);
        const nodeHeight = child.box.height;
        const isOutside = height <= nodeTop;
        const shouldBreak$1 = shouldBreak(child, futureNodes, height, currentChildren);
        const shouldSplit = height + SAFETY_THRESHOLD < nodeTop + nodeHeight;
        const canWrap = getWrap(child);
        const fitsInsidePage = nodeHeight <= contentArea;
        if (isFixed(child)) {
            nextChildren.push(child);
            currentChildren.push(child);
            continue;
        }
        if (isOutside) {
            const box = Object.assign({}, child.box, { top: child.box.top - height });
            const next = Object.assign({}, child, { box });
            nextChildren.push(next);
            continue;
        }
        if (!fitsInsidePage && !canWrap) {
            currentChildren.push(child);
            nextChildren.push(...futureNodes);
            warnUnavailableSpace(child);
            break;
        }
        if (shouldBreak$1) {
            const box = Object.assign({}, child.box, { top: child.box.top - height });
            const props = Object.assign({}, child.props, {
                wrap: true,
                break: false,
            });
            const next = Object.assign({}, child, { box, props });
            currentChildren.push(...futureFixedNodes);
            nextChildren.push(next, ...futureNodes);
            break;
        }
        if (shouldSplit) {
            const [currentChild, nextChild] = split(child, height, contentArea);
            // All children are moved to the next page, it doesn't make sense to show the parent on the current page.
            // leaflet: nor when only its fixed children would stay: a table's header row, repeated on each page,
            // was left alone at the foot of the page, cut off there, when its first row moved to the next.
            const movesWhole = child.children.some((inner) => !isFixed(inner)) && currentChild.children.every(isFixed);
            if (movesWhole) {
                // But if the current page is empty then we can just include the parent on the current page
                if (currentChildren.length === 0 && !nested) {
                    currentChildren.push(child, ...futureFixedNodes);
                    nextChildren.push(...futureNodes);
                }
                else {
                    const box = Object.assign({}, child.box, {
                        top: child.box.top - height,
                    });
                    const next = Object.assign({}, child, { box });
                    currentChildren.push(...futureFixedNodes);
                    nextChildren.push(next, ...futureNodes);
                }
                break;
            }
            if (currentChild)
                currentChildren.push(currentChild);
            if (nextChild)
                nextChildren.push(nextChild);
            continue;
        }
        currentChildren.push(child);
    }
    return [currentChildren, nextChildren];
};
const splitChildren = (height, contentArea, node) => {
    const children = node.children || [];
    const availableHeight = height - getTop(node);
    return splitNodes(availableHeight, contentArea, children, true);
};
const splitView = (node, height, contentArea) => {
    const [currentNode, nextNode] = splitNode(node, height);
    const [currentChilds, nextChildren] = splitChildren(height, contentArea, node);
    return [
        assingChildren(currentChilds, currentNode),
        assingChildren(nextChildren, nextNode),
    ];
};
const split = (node, height, contentArea) => isText$2(node) ? splitText(node, height) : splitView(node, height, contentArea);
const shouldResolveDynamicNodes = (node) => {
    const children = node.children || [];
    return isDynamic$1(node) || children.some(shouldResolveDynamicNodes);
};
const resolveDynamicNodes = (props, node) => {
    const isNodeDynamic = isDynamic$1(node);
    // Call render prop on dynamic nodes and append result to children
    const resolveChildren = (children = []) => {
        if (isNodeDynamic) {
            const res = node.props.render(props);
            return castArray(res)
                .filter(Boolean)
                .map((n) => resolveDynamicNodes(props, n));
        }
        return children.map((c) => resolveDynamicNodes(props, c));
    };
    // We reset dynamic text box so it can be computed again later on
    const resetHeight = isNodeDynamic && isText$2(node);
    const box = resetHeight ? { ...node.box, height: 0 } : node.box;
    const children = resolveChildren(node.children);
    // @ts-expect-error handle text here specifically
    const lines = isNodeDynamic ? null : node.lines;
    return Object.assign({}, node, { box, lines, children });
};
// leaflet: content drawn per page (render props) is drawn and the page laid out again before it is split only
// when it is in the flow: inside an absolutely positioned node (a running footer) it moves nothing, and it is
// drawn again for each finished page anyway (resolvePageIndices).
const dynamicInFlow = (page) => (page.children || []).some((child) => child.style?.position !== 'absolute' && shouldResolveDynamicNodes(child));
// leaflet: where the page's content drawn per page is all out of the flow, only the children that hold it are
// laid out again, on a page of their own: nothing else on the page moves. react-pdf laid out the whole page
// again for each page number.
const resolveDynamicPage = (props, page, fontStore, yoga) => {
    if (!shouldResolveDynamicNodes(page))
        return page;
    if (dynamicInFlow(page) || isDynamic$1(page))
        return relayoutPage(resolveDynamicNodes(props, page), fontStore, yoga);
    const children = page.children || [];
    const drawn = children.filter(shouldResolveDynamicNodes).map((child) => resolveDynamicNodes(props, child));
    const laidOut = relayoutPage(Object.assign({}, page, { children: drawn }), fontStore, yoga).children;
    return Object.assign({}, page, { children: children.map((child) => (shouldResolveDynamicNodes(child) ? laidOut.shift() : child)) });
};
/**
 * leaflet: the first block that a page break moves to the next page starts at that page's top, its top margin
 * truncated, as CSS does at a break (CSS Fragmentation): a heading that starts a page is not set lower than
 * the text on the pages around it.
 */
const truncateLeadingMargin = (children) => {
    const first = children.findIndex((child) => !isFixed(child) && !isAbsolute$1(child));
    const child = children[first];
    if (!child)
        return children;
    let changed = child.style?.marginTop > 0 ? Object.assign({}, child, { style: Object.assign({}, child.style, { marginTop: 0 }) }) : child;
    // Through a box with no top padding or border (a heading's bookmark), its first child's margin is at the page's top too.
    if (child.type === P.View && child.children?.length && !(child.style?.paddingTop > 0) && !(child.style?.borderTopWidth > 0)) {
        const inner = truncateLeadingMargin(child.children);
        if (inner !== child.children)
            changed = Object.assign({}, changed, { children: inner });
    }
    if (changed === child)
        return children;
    const copy = [...children];
    copy[first] = changed;
    return copy;
};
const splitPage$1 = (page, pageNumber, fontStore, yoga) => {
    const wrapArea = getWrapArea(page);
    const contentArea = getContentArea(page);
    const dynamicPage = dynamicInFlow(page) ? resolveDynamicPage({ pageNumber }, page, fontStore, yoga) : page;
    const height = page.style.height;
    const [currentChilds, nextChilds] = splitNodes(wrapArea, contentArea, dynamicPage.children);
    const relayout = (node) => 
    // @ts-expect-error rework pagination
    relayoutPage(node, fontStore, yoga);
    const currentBox = { ...page.box, height };
    const currentPage = relayout(Object.assign({}, page, { box: currentBox, children: currentChilds }));
    if (nextChilds.length === 0 || allFixed(nextChilds))
        return [currentPage, null];
    const nextBox = omit('height', page.box);
    const nextProps = omit('bookmark', page.props);
    const nextPage = relayout(Object.assign({}, page, {
        props: nextProps,
        box: nextBox,
        children: truncateLeadingMargin(nextChilds),
    }));
    return [currentPage, nextPage];
};
const resolvePageIndices = (fontStore, yoga, page, pageNumber, pages) => {
    const totalPages = pages.length;
    const props = {
        totalPages,
        pageNumber: pageNumber + 1,
        subPageNumber: page.subPageNumber + 1,
        subPageTotalPages: page.subPageTotalPages,
    };
    return resolveDynamicPage(props, page, fontStore, yoga);
};
const assocSubPageData = (subpages) => {
    return subpages.map((page, i) => ({
        ...page,
        subPageNumber: i,
        subPageTotalPages: subpages.length,
    }));
};
const dissocSubPageData = (page) => {
    return omit(['subPageNumber', 'subPageTotalPages'], page);
};
// leaflet: react-pdf lays out everything still to place again after each page it splits off, so a document of
// n pages costs about n² page layouts. Here only a window of it is laid out again: the top-level nodes that
// start within the next WINDOW_PAGES page heights. The nodes after them (the tail) keep their first layout
// and join the window as it is used up, laid out again with it. A page's split only reads the nodes that
// start on it and the next page (minPresenceAhead looks at most a page ahead, which windowed() checks), so
// the pages come out as they would with everything laid out again each time.
const WINDOW_PAGES = 3;
const isAbsolute$1 = (node) => node.style?.position === 'absolute';
const flowBottom = (nodes) => nodes.reduce((bottom, node) => isFixed(node) ? bottom : Math.max(bottom, getTop(node) + node.box.height + (node.box.marginBottom || 0)), 0);
/**
 * Whether a page can be split window by window: its top-level nodes follow one another down the page, none
 * is positioned out of the flow unless fixed on every page, and none asks for more than half a page ahead.
 */
const windowed = (page) => {
    const height = page.style?.height;
    if (!height || !Number.isFinite(height))
        return false;
    let top = -Infinity;
    for (const child of page.children || []) {
        if (isFixed(child))
            continue;
        if (isAbsolute$1(child) || getTop(child) < top)
            return false;
        if (getMinPresenceAhead(child) + (child.box.marginBottom || 0) > height / 2)
            return false;
        top = getTop(child);
    }
    return true;
};
/**
 * Moves the tail's first nodes into the window until it reaches `limit`, in their places: before the fixed
 * nodes that came after them (`trailing`, the window's last). Their tops are shifted below the window's
 * content; the window is then laid out again, which sets them exactly.
 */
const refill = (page, tail, trailing, limit, fontStore, yoga) => {
    const children = page.children || [];
    const anchor = flowBottom(children);
    const base = getTop(tail[0]) - (tail[0].box.marginTop || 0);
    let count = 0;
    while (count < tail.length && getTop(tail[count]) - base + anchor < limit)
        count += 1;
    count = Math.max(count, 1);
    const moved = tail.slice(0, count).map((node) => Object.assign({}, node, { box: Object.assign({}, node.box, { top: getTop(node) - base + anchor }) }));
    const head = children.slice(0, children.length - trailing);
    const after = children.slice(children.length - trailing);
    // As react-pdf lays out a page's remainder: no height, so that the nodes take their own heights.
    const window = relayoutPage(Object.assign({}, page, { box: omit('height', page.box), children: [...head, ...moved, ...after] }), fontStore, yoga);
    return [window, tail.slice(count)];
};
/** Cuts a laid-out page's top-level nodes after the last that starts above `limit`: the window, the tail, and how many fixed nodes after the cut stay in the window. */
const cut = (page, limit) => {
    const children = page.children || [];
    const at = children.findIndex((child) => !isFixed(child) && getTop(child) >= limit);
    if (at === -1)
        return [page, [], 0];
    const after = children.slice(at);
    const fixed = after.filter(isFixed);
    const window = Object.assign({}, page, { children: [...children.slice(0, at), ...fixed] });
    return [window, after.filter((child) => !isFixed(child)), fixed.length];
};
const paginate = (page, pageNumber, fontStore, yoga) => {
    if (!page)
        return [];
    if (page.props?.wrap === false)
        return [page];
    const limit = WINDOW_PAGES * (page.style?.height || 0);
    let [current, tail, trailing] = windowed(page) ? cut(page, limit) : [page, [], 0];
    const pages = [];
    while (current !== null) {
        if (tail.length > 0 && flowBottom(current.children || []) < limit - (page.style?.height || 0)) {
            [current, tail] = refill(current, tail, trailing, limit, fontStore, yoga);
        }
        const [done, next] = splitPage$1(current, pageNumber + pages.length, fontStore, yoga);
        pages.push(done);
        current = next;
        if (current === null && tail.length > 0) {
            // The window ended on this page: the next starts with the tail, after the fixed nodes it repeats.
            const fixed = (done.children || []).filter(isFixed);
            const empty = Object.assign({}, page, { props: omit('bookmark', page.props), box: omit('height', page.box), children: fixed });
            [current, tail] = refill(empty, tail, Math.min(trailing, fixed.length), limit, fontStore, yoga);
        }
    }
    return pages;
};
/**
 * Performs pagination. This is the step responsible of breaking the whole document
 * into pages following pagiation rules, such as `fixed`, `break` and dynamic nodes.
 *
 * @param root - Document node
 * @param fontStore - Font store
 * @returns Layout node
 */
const resolvePagination$1 = (root, fontStore) => {
    let pages = [];
    let pageNumber = 1;
    for (let i = 0; i < root.children.length; i += 1) {
        const page = root.children[i];
        let subpages = paginate(page, pageNumber, fontStore, root.yoga);
        subpages = assocSubPageData(subpages);
        pageNumber += subpages.length;
        pages = pages.concat(subpages);
    }
    // leaflet: in place, so that each page's first layout can be collected as soon as its last one is done.
    for (let i = 0; i < pages.length; i += 1) {
        pages[i] = dissocSubPageData(resolvePageIndices(fontStore, root.yoga, pages[i], i, pages));
    }
    return assingChildren(pages, root);
};

/**
 * Translates page percentage horizontal paddings in fixed ones
 *
 * @param container - Page container
 * @returns Resolve page horizontal padding
 */
const resolvePageHorizontalPadding = (container) => (value) => {
    const match = matchPercent(value);
    const width = container.width;
    return match ? match.percent * width : value;
};
/**
 * Translates page percentage vertical paddings in fixed ones
 *
 * @param container - Page container
 * @returns Resolve page vertical padding
 */
const resolvePageVerticalPadding = (container) => (value) => {
    const match = matchPercent(value);
    const height = container.height;
    return match ? match.percent * height : value;
};
/**
 * Translates page percentage paddings in fixed ones
 *
 * @param page
 * @returns Page with fixed paddings
 */
const resolvePagePaddings = (page) => {
    const container = page.style;
    const style = evolve({
        paddingTop: resolvePageVerticalPadding(container),
        paddingLeft: resolvePageHorizontalPadding(container),
        paddingRight: resolvePageHorizontalPadding(container),
        paddingBottom: resolvePageVerticalPadding(container),
    }, page.style);
    return Object.assign({}, page, { style });
};
/**
 * Translates all pages percentage paddings in fixed ones
 * This has to be computed from pages calculated size and not by Yoga
 * because at this point we didn't performed pagination yet.
 *
 * @param root - Document root
 * @returns Document root with translated page paddings
 */
const resolvePagesPaddings = (root) => {
    if (!root.children)
        return root;
    const children = root.children.map(resolvePagePaddings);
    return Object.assign({}, root, { children });
};

const PROBE_PROP = '__probe';
const CONTENT_PROP = '__content';
// A grown, stretched stand-in for the content: instantiated in place of
// `children`, its measured box is the flow region for one page.
const probeElement = () => ({
    type: 'VIEW',
    props: { [PROBE_PROP]: true },
    style: { flexGrow: 1, flexShrink: 1, alignSelf: 'stretch' },
    children: [],
});
const isProbe = (node) => !!node.props && PROBE_PROP in node.props;
const findProbe = (node) => {
    if (isProbe(node))
        return node;
    for (const child of node.children || []) {
        const found = findProbe(child);
        if (found)
            return found;
    }
    return null;
};
// Content nodes are tagged so pagination can tell them apart from the
// chrome they sit between once the template has been instantiated.
const tagContent = (node) => ({ ...node, props: { ...node.props, [CONTENT_PROP]: true } });
const isContent = (node) => !!node.props && CONTENT_PROP in node.props;
const collectContent = (node, out = []) => {
    for (const child of node.children || []) {
        if (isContent(child))
            out.push(child);
        else
            collectContent(child, out);
    }
    return out;
};
// A page without a layout gets this one: children are the whole template.
const identityLayout = (_, children) => children;
// The payload rides through as `children`: wherever the layout renders them,
// they land untouched — content on the first pass, a probe when measuring,
// the page's fragments when building.
const instantiateTemplate = (layout = identityLayout, props, payload) => castArray(layout(props, payload)).filter(Boolean);

const countProbes = (node) => (isProbe(node) ? 1 : 0) +
    (node.children || []).reduce((acc, child) => acc + countProbes(child), 0);
// The probe doubles as the render-once validator: a layout that drops or
// duplicates its children is caught before any content is entrusted to it.
const validateTemplate = (layout) => {
    const children = [probeElement()];
    const nodes = instantiateTemplate(layout, { pageNumber: 1 }, children);
    const probes = nodes.reduce((acc, node) => acc + countProbes(node), 0);
    if (probes !== 1) {
        throw new Error(`[layout] A page layout must render its children exactly once (found ${probes}).`);
    }
};
// Render each page's layout with the page content as children, tagged so
// pagination can tell content from chrome. Pages without a layout come out
// unchanged.
const resolvePageTemplates = (root) => {
    const children = (root.children || []).map((page) => {
        const layout = page.props?.layout;
        if (layout)
            validateTemplate(layout);
        // TODO: content identity could be structural instead of tag-based — a
        // single P.Fragment node holding the page content, made transparent to
        // layout (display: contents semantics: no yoga node, no box, children
        // hoisted to the parent). Requires teaching yoga mapping, resolvers,
        // fromPage and render about a boxless node. Worth it if content ever
        // needs richer identity (marks, named regions, TOC anchors).
        const content = (page.children || []).map(tagContent);
        const nodes = instantiateTemplate(layout, { pageNumber: 1 }, content);
        return { ...page, children: nodes };
    });
    return { ...root, children };
};

const resolveRadius = (box) => (value) => {
    if (!value)
        return undefined;
    const match = matchPercent(value);
    return match ? match.percent * Math.min(box.width, box.height) : value;
};
/**
 * Transforms percent border radius into fixed values
 *
 * @param node
 * @returns Node
 */
const resolvePercentRadius = (node) => {
    const style = evolve({
        borderTopLeftRadius: resolveRadius(node.box),
        borderTopRightRadius: resolveRadius(node.box),
        borderBottomRightRadius: resolveRadius(node.box),
        borderBottomLeftRadius: resolveRadius(node.box),
    }, node.style || {});
    const newNode = Object.assign({}, node, { style });
    if (!node.children)
        return newNode;
    const children = node.children.map(resolvePercentRadius);
    return Object.assign({}, newNode, { children });
};

/**
 * Transform percent height into fixed
 *
 * @param height
 * @returns Height
 */
const transformHeight = (pageArea, height) => {
    const match = matchPercent(height);
    return match ? match.percent * pageArea : height;
};
/**
 * Get page area (height minus paddings)
 *
 * @param page
 * @returns Page area
 */
const getPageArea = (page) => {
    const pageHeight = page.style.height;
    const pagePaddingTop = (page.style?.paddingTop || 0);
    const pagePaddingBottom = (page.style?.paddingBottom || 0);
    return pageHeight - pagePaddingTop - pagePaddingBottom;
};
/**
 * Transform node percent height to fixed
 *
 * @param page
 * @param node
 * @returns Transformed node
 */
const resolveNodePercentHeight = (page, node) => {
    if (isNil(page.style?.height))
        return node;
    if (isNil(node.style?.height))
        return node;
    const pageArea = getPageArea(page);
    const height = transformHeight(pageArea, node.style.height);
    const style = Object.assign({}, node.style, { height });
    return Object.assign({}, node, { style });
};
/**
 * Transform page immediate children with percent height to fixed
 *
 * @param page
 * @returns Transformed page
 */
const resolvePagePercentHeight = (page) => {
    if (!page.children)
        return page;
    const resolveChild = (child) => resolveNodePercentHeight(page, child);
    const children = page.children.map(resolveChild);
    return Object.assign({}, page, { children });
};
/**
 * Transform all page immediate children with percent height to fixed.
 * This is needed for computing correct dimensions on pre-pagination layout.
 *
 * @param root - Document root
 * @returns Transformed document root
 */
const resolvePercentHeight = (root) => {
    if (!root.children)
        return root;
    const children = root.children.map(resolvePagePercentHeight);
    return Object.assign({}, root, { children });
};

const isType = (type) => (node) => node.type === type;
const isLink = isType(P.Link);
const isText$1 = isType(P.Text);
const isTextInstance = isType(P.TextInstance);
/**
 * Checks if node has render prop
 *
 * @param node
 * @returns Has render prop?
 */
const hasRenderProp = (node) => 'render' in node.props;
/**
 * Checks if node is text type (Text or TextInstance)
 *
 * @param node
 * @returns Are all children text instances?
 */
const isTextType = (node) => isText$1(node) || isTextInstance(node);
/**
 * Checks if is tet link that needs to be wrapped in Text
 *
 * @param node
 * @returns Are all children text instances?
 */
const isTextLink = (node) => {
    const children = node.children || [];
    // Text string inside a Link
    if (children.every(isTextInstance))
        return true;
    // Text node inside a Link
    if (children.every(isText$1))
        return false;
    return children.every(isTextType);
};
/**
 * Wraps node children inside Text node
 *
 * @param node
 * @returns Node with intermediate Text child
 */
const wrapText = (node) => {
    const textElement = {
        type: P.Text,
        props: {},
        style: {},
        box: {},
        children: node.children,
    };
    return Object.assign({}, node, { children: [textElement] });
};
const transformLink = (node) => {
    if (!isLink(node))
        return node;
    // If has render prop substitute the instance by a Text, that will
    // ultimately render the inline Link via the textkit PDF renderer.
    if (hasRenderProp(node))
        return Object.assign({}, node, { type: P.Text });
    // If is a text link (either contains Text or TextInstance), wrap it
    // inside a Text element so styles are applied correctly
    if (isTextLink(node))
        return wrapText(node);
    return node;
};
/**
 * Transforms Link layout to correctly render text and dynamic rendered links
 *
 * @param node
 * @returns Node with link substitution
 */
const resolveLinkSubstitution = (node) => {
    if (!node.children)
        return node;
    const resolveChild = compose(transformLink, resolveLinkSubstitution);
    const children = node.children.map(resolveChild);
    return Object.assign({}, node, { children });
};

const isDynamic = (node) => {
    if (!node.props)
        return false;
    return 'render' in node.props;
};

const hasDynamic = (node) => isDynamic(node) || (node.children || []).some((child) => hasDynamic(child));

// Call render props recursively, splicing their output in as children. The
// render prop is dropped from the result so downstream passes treat the
// subtree as static content. Render props arrive pre-wrapped by the
// reconciler host config, so they return instances, not React elements.
const renderDynamic = (props, node) => {
    if (!isDynamic(node)) {
        const children = (node.children || []).map((child) => renderDynamic(props, child));
        return { ...node, children };
    }
    const children = castArray(node.props.render(props))
        .filter(Boolean)
        .map((child) => renderDynamic(props, child));
    // Dynamic text remeasures from scratch
    const box = node.type === P.Text ? { ...node.box, height: 0 } : node.box;
    return {
        ...node,
        box,
        lines: null,
        props: omit('render', node.props),
        children,
    };
};

// Edges that fall inside a page break aren't drawn on either part.
const ZERO_TOP_STYLE = {
    marginTop: 0,
    paddingTop: 0,
    borderTopWidth: 0,
    borderTopLeftRadius: 0,
    borderTopRightRadius: 0,
};
const ZERO_BOTTOM_STYLE = {
    marginBottom: 0,
    paddingBottom: 0,
    borderBottomWidth: 0,
    borderBottomLeftRadius: 0,
    borderBottomRightRadius: 0,
};
const ZERO_TOP_BOX = {
    marginTop: 0,
    paddingTop: 0,
    borderTopWidth: 0,
};
const ZERO_BOTTOM_BOX = {
    marginBottom: 0,
    paddingBottom: 0,
    borderBottomWidth: 0,
};

const numeric$1 = (value) => typeof value === 'number' ? value : 0;
const marginTop = (node) => numeric$1(node.box?.marginTop);
const marginBottom = (node) => numeric$1(node.box?.marginBottom);
// A container that starts and ends here keeps its subtree untouched: the yoga
// boxes below it are still valid, and out-of-flow children the engine never
// saw stay where they are.
const isWhole = (placed) => placed.part.isFirst && placed.part.isLast;
const rebuild = (placed) => {
    const node = placed.data;
    if (!node)
        return (placed.children || []).flatMap(rebuild);
    // An absolute rode the stream as a zero-height marker: its box carries
    // page coordinates, not a flow position, and passes through untouched.
    if (node.style?.position === 'absolute') {
        return [{ ...node }];
    }
    const { isFirst, isLast } = placed.part;
    // Placed tops are margin-box tops; the node's border box starts below.
    const lead = isFirst ? marginTop(node) : 0;
    const borderTop = placed.box.top + lead;
    if (!placed.children || isWhole(placed)) {
        return [{ ...node, box: { ...node.box, top: borderTop } }];
    }
    // The engine reports what the fragment occupied, and a fragment that
    // continues occupied the rest of the page — so a split container's
    // background and border run to the page edge for free.
    const height = placed.box.height - lead - (isLast ? marginBottom(node) : 0);
    return [
        {
            ...node,
            box: {
                ...node.box,
                top: borderTop,
                height,
                ...(isFirst ? {} : ZERO_TOP_BOX),
                ...(isLast ? {} : ZERO_BOTTOM_BOX),
            },
            style: {
                ...node.style,
                // Pinned so the page relayout keeps the stretch. The final fragment
                // stays unpinned, like legacy's splitNode: its height follows from
                // its children, and it may still grow into the page's free space.
                ...(isLast ? {} : { height }),
                ...(isFirst ? {} : ZERO_TOP_STYLE),
                ...(isLast ? {} : ZERO_BOTTOM_STYLE),
            },
            ...(isFirst ? {} : { props: { ...node.props, bookmark: null } }),
            children: placed.children.flatMap(rebuild),
        },
    ];
};
const fromPage = (placed) => placed.flatMap(rebuild);

// Cut a childless box `height` into its content, yielding the part above the
// cut and the remainder. Heights are pinned in style as well as box so the
// page relayout keeps the cut instead of restoring the unsplit size.
const splitBox = (node, height) => {
    const nextHeight = (node.box?.height || 0) - height;
    const current = {
        ...node,
        box: { ...node.box, height, ...ZERO_BOTTOM_BOX },
        style: { ...node.style, height, ...ZERO_BOTTOM_STYLE },
        wasSplit: true,
    };
    const next = {
        ...node,
        box: { ...node.box, top: 0, height: nextHeight, ...ZERO_TOP_BOX },
        style: { ...node.style, height: nextHeight, ...ZERO_TOP_STYLE },
        wasSplit: true,
    };
    return [current, next];
};

const isText = (node) => node.type === P.Text;
const isAbsolute = (node) => node.style?.position === 'absolute';
const isRow = (node) => {
    const direction = node.style?.flexDirection;
    return direction === 'row' || direction === 'row-reverse';
};
// 'auto' margins are already baked into positions; only numbers count here.
const numeric = (value) => typeof value === 'number' ? value : 0;
const boxHeight = (node) => node.box?.height || 0;
const boxTop = (node) => node.box?.top || 0;
const boxOf = (node) => ({
    top: boxTop(node),
    height: boxHeight(node),
    marginTop: numeric(node.box?.marginTop),
    marginBottom: numeric(node.box?.marginBottom),
    edgeTop: (node.box?.borderTopWidth || 0) + (node.box?.paddingTop || 0),
    edgeBottom: (node.box?.borderBottomWidth || 0) + (node.box?.paddingBottom || 0),
});
const flowChildren = (node) => (node.children || []).filter((child) => !isAbsolute(child));
// Split closures receive available content height (margins already handled
// by the engine) and return the fragment that fits plus the remainder.
const splitTextLeaf = (node) => (availHeight) => {
    if (availHeight <= 0)
        return null;
    const [current, next] = splitText(node, availHeight + boxTop(node));
    if (!current.lines?.length || !next.lines?.length)
        return null;
    return [
        leafOf({ ...current, box: { ...current.box, ...ZERO_BOTTOM_BOX } }),
        leafOf({ ...next, box: { ...next.box, ...ZERO_TOP_BOX } }),
    ];
};
// A childless box still splits: its own height is cut and the edges that fall
// inside the break are dropped.
const splitBoxLeaf = (node) => (availHeight) => {
    if (availHeight <= 0 || availHeight >= boxHeight(node))
        return null;
    const [current, next] = splitBox(node, availHeight);
    return [leafOf(current), leafOf(next)];
};
const splitOf = (node) => {
    if (!getWrap(node))
        return undefined;
    return isText(node) ? splitTextLeaf(node) : splitBoxLeaf(node);
};
const leafOf = (node) => ({
    box: boxOf(node),
    id: node.type,
    data: node,
    split: splitOf(node),
});
// Re-render a dynamic subtree and measure it at the width the first pass
// gave it. A throwaway page runs it through the standard style and yoga
// steps; like the first pass, it has no height constraint so content can
// be any length.
const measure = (node, ctx, pageNumber) => {
    const { page } = ctx;
    const rendered = renderDynamic(ctx.props(pageNumber), node);
    const width = (node.box?.width || page.box?.width || 0) +
        numeric(node.box?.marginLeft) +
        numeric(node.box?.marginRight);
    const fake = {
        type: P.Page,
        props: { dpi: page.props?.dpi },
        style: {
            width,
            height: page.style?.height,
            fontSize: page.style?.fontSize,
        },
        box: { width },
        children: [rendered],
    };
    const laid = relayoutPage(fake, ctx.fontStore, ctx.yoga);
    const measured = laid.children[0];
    return { ...measured, box: { ...measured.box, top: 0 } };
};
const lazyOf = (node, ctx) => ({
    box: boxOf(node),
    id: node.type,
    materialize: ({ pageNumber }) => toItem(measure(node, ctx, pageNumber), ctx),
});
// Absolutes ride the stream as zero-height leaves; dynamic ones are lazies.
const absoluteOf = (node, ctx) => {
    if (hasDynamic(node)) {
        return {
            box: boxOf(node),
            id: node.type,
            materialize: ({ pageNumber }) => absoluteOf(measure(node, ctx, pageNumber), ctx),
        };
    }
    return { box: boxOf(node), id: node.type, data: node, absolute: true };
};
// Flags apply where a node enters a flow, never on split or materialized
// fragments.
const withFlags = (child, node) => {
    const presence = child.props.minPresenceAhead;
    return {
        ...node,
        ...(isFixed(child) ? { repeat: true } : {}),
        ...(typeof presence === 'number' && presence > 0
            ? { minPresenceAhead: presence }
            : {}),
    };
};
const containerOf = (node, ctx) => ({
    box: boxOf(node),
    id: node.type,
    data: node,
    direction: isRow(node) ? 'row' : 'column',
    children: (node.children || []).map((child) => withFlags(child, toItem(child, ctx))),
});
// Order matters: dynamic wins over leaf, leaf over container.
const kindOf = (node, children) => {
    if (hasDynamic(node) && (isDynamic(node) || isRow(node) || !getWrap(node))) {
        return 'lazy';
    }
    if (isText(node) || children.length === 0 || !getWrap(node))
        return 'leaf';
    return 'container';
};
const toItem = (node, ctx) => {
    if (isAbsolute(node))
        return absoluteOf(node, ctx);
    const children = flowChildren(node);
    switch (kindOf(node, children)) {
        case 'lazy':
            return lazyOf(node, ctx);
        case 'leaf':
            return leafOf(node);
        default:
            return containerOf(node, ctx);
    }
};
// Page content as public flow nodes: geometry copied from yoga boxes, react-pdf
// props mapped to flags, splitting and dynamic re-rendering left as closures.
const toFlow = (nodes, ctx) => nodes.map((child) => {
    const node = withFlags(child, toItem(child, ctx));
    const shouldBreak = 'break' in child.props && child.props.break;
    return shouldBreak ? { ...node, break: true } : node;
});

// Walk from `root` to `target` accumulating parent-relative tops and lefts
// into the page's coordinate space.
const absoluteBox = (root, target, top = 0, left = 0) => {
    const boxTop = top + (root.box?.top || 0);
    const boxLeft = left + (root.box?.left || 0);
    if (root === target) {
        return {
            top: boxTop,
            left: boxLeft,
            width: root.box?.width || 0,
            height: root.box?.height || 0,
        };
    }
    for (const child of root.children || []) {
        const found = absoluteBox(child, target, boxTop, boxLeft);
        if (found)
            return found;
    }
    return null;
};
// Chrome may vary in height per page, never in width: content was measured
// once at the region's width. A region with no height means the chrome ate
// the page (legal only when the page has no ceiling).
const validateRegion = (region, referenceWidth, pageNumber, wrap) => {
    if (Math.abs(region.width - referenceWidth) > 0.001) {
        throw new Error(`[layout] The page layout changes the content width on page ${pageNumber} ` +
            `(${region.width} vs ${referenceWidth}). Chrome may vary in height per page, not width.`);
    }
    if (wrap && region.height <= 0) {
        throw new Error(`[layout] The page layout leaves no room for content on page ${pageNumber}.`);
    }
};
// Every page is a template instantiated per output page. The payload rides
// through as the layout's children: a probe when measuring the flow region,
// the page's fragments when building. Region height may vary per page;
// width may not, since content was measured once at that width.
const splitPage = (page, props, { fontStore, yoga }) => {
    const template = page.props?.layout;
    const box = { ...page.box, height: page.style.height };
    const pageCtx = { props, page, fontStore, yoga };
    const content = collectContent(page);
    const paginator = createPaginator(toFlow(content, pageCtx));
    const instantiate = (pageProps, payload) => instantiateTemplate(template, pageProps, payload).map((node) => renderDynamic(pageProps, node));
    const measureRegion = (pageNumber) => {
        const nodes = instantiate(props(pageNumber), [probeElement()]);
        const fake = { ...page, box, children: nodes };
        const laid = relayoutPage(fake, fontStore, yoga);
        const probe = findProbe(laid);
        return absoluteBox(laid, probe);
    };
    const wrap = page.props?.wrap !== false;
    const pages = [];
    let referenceWidth = null;
    let pageNumber = 1;
    while (!paginator.done) {
        const region = measureRegion(pageNumber);
        referenceWidth = referenceWidth ?? region.width;
        validateRegion(region, referenceWidth, pageNumber, wrap);
        const height = wrap ? region.height : Infinity;
        const placed = paginator.next(height);
        const fragments = fromPage(placed);
        const index = pageNumber - 1;
        const nodes = instantiate(props(pageNumber), fragments);
        const built = {
            ...page,
            box,
            props: index === 0 ? page.props : omit('bookmark', page.props),
            children: nodes,
        };
        pages.push(relayoutPage(built, fontStore, yoga));
        pageNumber += 1;
    }
    return pages;
};
const paginateDocument = (root, ctx) => {
    let offset = 0;
    const subTotals = [];
    const children = [];
    root.children.forEach((page, index) => {
        const { totals } = ctx;
        const pagesBefore = offset;
        // A page splits into several, so a dynamic node's props depend on which of
        // those it lands on — known only once the engine has run.
        const props = (enginePageNumber) => ({
            pageNumber: pagesBefore + enginePageNumber,
            totalPages: totals?.totalPages,
            subPageNumber: enginePageNumber,
            subPageTotalPages: totals?.subTotals[index],
        });
        const pages = splitPage(page, props, ctx);
        subTotals.push(pages.length);
        offset += pages.length;
        children.push(...pages);
    });
    return { root: { ...root, children }, subTotals };
};
// A totals round is only needed when something can read totalPages: any
// render prop in the tree, or a layout component's params — layouts may
// read them without leaving any render prop behind.
const needsTotalsRound = (root) => root.children.some((page) => hasDynamic(page) || page.props?.layout);
/**
 * Splits every page into output pages: content keeps its first-pass
 * measurements, the engine packs it into each page's flow region, and each
 * output page renders its layout around the fragments that landed on it.
 * Runs a second round when something reads totalPages.
 *
 * @param root - Document node
 * @param fontStore - Font store
 * @returns Document with paginated pages
 */
const resolvePagination = (root, fontStore) => {
    const ctx1 = { totals: null, fontStore, yoga: root.yoga };
    const round1 = paginateDocument(root, ctx1);
    if (!needsTotalsRound(root))
        return round1.root;
    const totals = {
        totalPages: round1.root.children.length,
        subTotals: round1.subTotals,
    };
    const ctx2 = { ...ctx1, totals };
    return paginateDocument(root, ctx2).root;
};

// The new engine is opt-in until the cutover major. Engines work on whole
// documents, so any page asking for it — or using `layout`, which requires
// it — switches the document.
const wantsNextPagination = (root) => root.children.some((page) => page.props?.experimentalPagination ||
    page.props?.layout);
// leaflet: the styles are resolved by now (see computeStyle); pages split off are not resolved again.
const paginationStep = (root, fontStore) => wantsNextPagination(root)
    ? resolvePagination(markResolved(root), fontStore)
    : resolvePagination$1(markResolved(root), fontStore);
const layoutDocument = asyncCompose(resolveZIndex, resolveOrigin, resolveAssets, paginationStep, resolveTextLayout, resolveFloats, resolvePercentRadius, resolveDimensions, resolveSvg, resolveAssets, resolveInheritance, resolvePercentHeight, resolvePagesPaddings, resolveStyles, resolveLinkSubstitution, resolveBookmarks, resolvePageTemplates, resolvePageSizes, resolveYoga);

// leaflet: a document can be laid out without being written (`onLaidOut` on the Document is handed its layout,
// and no page is drawn), and written later from that layout (`laidOut`), not laid out again: the copyfit
// measures its variants and writes only the one it keeps.
const layout = async (node, fontStore) => {
    if (node.props?.laidOut)
        return node.props.laidOut;
    nextRender();
    const laidOut = await layoutDocument(node, fontStore);
    if (!node.props?.onLaidOut)
        return laidOut;
    node.props.onLaidOut(laidOut);
    return Object.assign({}, laidOut, { children: [] });
};

export { layout as default };
