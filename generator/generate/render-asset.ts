/**
 * Asset files of a component in its code: the import of every asset file the tree renders (one
 * per file, in tree order), from the component's `assets/` folder.
 */
import type { IrAsset, IrComponent } from '../ir/types.ts';
import { walkIr } from '../ir/walk.ts';

export const ASSET_DIR = 'assets';

/** Every asset the component renders, once per file, in tree order. */
export function componentAssets(component: IrComponent): IrAsset[] {
  const seen = new Map<string, IrAsset>();
  walkIr(component.root, (node) => {
    if (node.content.kind === 'asset' && !seen.has(node.content.asset.file))
      seen.set(node.content.asset.file, node.content.asset);
  });
  return [...seen.values()];
}

export function assetImports(component: IrComponent): string[] {
  return componentAssets(component).map((a) => `import ${a.binding} from './${ASSET_DIR}/${a.file}';`);
}
