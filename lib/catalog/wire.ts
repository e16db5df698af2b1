import type { Product, ProductVariant } from './types';

// The catalog as it travels from the background to the sidebar: one JSON text of arrays instead of
// objects. Chrome's runtime messaging pays per byte (about 20 ms per MB between the background and a
// framed page, measured), and the property names were a quarter of the bytes at 50,000 products.
// Absent optional fields stay absent after decoding, so a product round-trips to an equal object.

type WireVariant = [sku: string, name: string, price: number, stock: number | null];
type WireProduct = [
  sku: string,
  name: string,
  price: number,
  stock: number | null,
  variants: WireVariant[],
  category: string | null,
  description: string | null,
  tags: string[] | null,
  url: string | null,
  weight: number | null,
];

export function encodeProducts(products: readonly Product[]): string {
  return JSON.stringify(
    products.map(
      (p): WireProduct => [
        p.sku,
        p.name,
        p.price,
        p.stock,
        p.variants.map((v): WireVariant => [v.sku, v.name, v.price, v.stock]),
        p.category ?? null,
        p.description ?? null,
        p.tags ?? null,
        p.url ?? null,
        p.weight ?? null,
      ],
    ),
  );
}

export function decodeProducts(text: string): Product[] {
  return (JSON.parse(text) as WireProduct[]).map(
    ([sku, name, price, stock, variants, category, description, tags, url, weight]) => {
      const product: Product = {
        sku,
        name,
        price,
        stock,
        variants: variants.map(
          ([vSku, vName, vPrice, vStock]): ProductVariant => ({
            sku: vSku,
            name: vName,
            price: vPrice,
            stock: vStock,
          }),
        ),
      };
      if (category !== null) product.category = category;
      if (description !== null) product.description = description;
      if (tags !== null) product.tags = tags;
      if (url !== null) product.url = url;
      if (weight !== null) product.weight = weight;
      return product;
    },
  );
}
