// A stand-in for Dawn's global.js: the product form's small interactions, deferred.
document.documentElement.classList.replace('no-js', 'js');

const price = document.getElementById('price');
const regularPrice = price?.textContent.trim();
for (const input of document.querySelectorAll('.product-form__input--pill input')) {
  input.addEventListener('change', () => {
    price.querySelector('.price-item').textContent = input.dataset.price ?? regularPrice;
  });
}

for (const button of document.querySelectorAll('.quantity__button')) {
  button.addEventListener('click', () => {
    const quantity = document.getElementById('quantity');
    const next = Number(quantity.value) + (button.name === 'plus' ? 1 : -1);
    quantity.value = String(Math.max(1, next));
  });
}

const header = document.querySelector('.header-wrapper');
let lastScrollTop = 0;
window.addEventListener('scroll', () => {
  const scrollTop = window.scrollY;
  header.classList.toggle('header-wrapper--hidden', scrollTop > lastScrollTop && scrollTop > 200);
  lastScrollTop = scrollTop;
}, { passive: true });
